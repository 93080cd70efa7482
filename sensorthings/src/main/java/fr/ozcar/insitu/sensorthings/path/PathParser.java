package fr.ozcar.insitu.sensorthings.path;

import fr.ozcar.insitu.sensorthings.entity.EntityModel;
import fr.ozcar.insitu.sensorthings.entity.EntityType;
import fr.ozcar.insitu.sensorthings.entity.Navigation;
import fr.ozcar.insitu.sensorthings.entity.Property;
import fr.ozcar.insitu.sensorthings.query.StaBadRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the resource path of a request below the version segment, e.g. {@code /Datastreams(4)/Observations}. */
public final class PathParser {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\((.*)\\))?");

    private PathParser() {
    }

    public static ResourcePath parse(EntityModel model, String path) {
        String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return new ResourcePath(List.of(), null, false, false);
        }
        String[] segments = trimmed.split("/");
        List<ResourcePath.Step> steps = new ArrayList<>();
        Property property = null;
        boolean rawValue = false;
        boolean reference = false;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (reference || rawValue) {
                throw error(path, segment, "nothing may follow $ref or $value");
            }
            if (segment.equals("$ref")) {
                if (steps.isEmpty() || property != null) {
                    throw error(path, segment, "$ref must follow an entity or an entity set");
                }
                reference = true;
                continue;
            }
            if (segment.equals("$value")) {
                if (property == null) {
                    throw error(path, segment, "$value must follow a property");
                }
                rawValue = true;
                continue;
            }
            if (property != null) {
                throw error(path, segment, "a property has no further segments");
            }
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw error(path, segment, "not an entity set, navigation or property name");
            }
            String name = m.group(1);
            Long id = m.group(2) == null ? null : id(path, segment, m.group(2));
            if (steps.isEmpty()) {
                EntityType type = model.bySetName(name).orElseThrow(() -> new UnknownResource(message(path, segment,
                        "unknown entity set '" + name + "'")));
                steps.add(new ResourcePath.Step(type, null, id));
                continue;
            }
            ResourcePath.Step previous = steps.get(steps.size() - 1);
            if (previous.isCollection()) {
                throw error(path, segment, "an entity id is needed before '" + name + "'");
            }
            EntityType type = previous.type();
            var navigation = type.navigation(name);
            if (navigation.isPresent()) {
                Navigation via = navigation.get();
                if (id != null && !via.toMany()) {
                    throw error(path, segment, via.name() + " leads to one entity: it takes no id");
                }
                steps.add(new ResourcePath.Step(model.byName(via.target()), via, id));
                continue;
            }
            var found = type.property(name);
            if (found.isEmpty() || id != null) {
                throw id != null && found.isPresent()
                        ? error(path, segment, "'" + name + "' is a property: it takes no id")
                        : new UnknownResource(message(path, segment, "'" + name + "' is neither a property nor a navigation of " + type.name()));
            }
            property = found.get();
        }
        return new ResourcePath(List.copyOf(steps), property, rawValue, reference);
    }

    private static Long id(String path, String segment, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw error(path, segment, "entity ids are integers, not '" + text + "'");
        }
    }

    private static StaBadRequest error(String path, String segment, String message) {
        return new StaBadRequest(message(path, segment, message));
    }

    private static String message(String path, String segment, String message) {
        return "path " + path + ": at '" + segment + "': " + message;
    }
}
