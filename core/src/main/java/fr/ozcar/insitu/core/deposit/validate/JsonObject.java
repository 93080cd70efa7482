package fr.ozcar.insitu.core.deposit.validate;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON object of the metadata file read field by field, each defect reported with its JSON path.
 * Fields no getter asked for are reported as unknown by {@link #finish()} (a warning: they are kept
 * in the stored document, but a misspelt optional field would otherwise pass unnoticed).
 */
final class JsonObject {

    private final JsonNode node;
    private final String path;
    private final String file;
    private final Problems problems;
    private final Set<String> read = new HashSet<>();
    private boolean finished;

    JsonObject(JsonNode node, String path, String file, Problems problems) {
        this.node = node;
        this.path = path;
        this.file = file;
        this.problems = problems;
    }

    JsonNode node() {
        return node;
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return path + "." + field;
    }

    void error(String code, String message, String atPath) {
        problems.add(Problem.error(code, message).inFile(file).atPath(atPath));
    }

    void warning(String code, String message, String atPath) {
        problems.add(Problem.warning(code, message).inFile(file).atPath(atPath));
    }

    /** The field's node, or null when absent; {@code ""} and null are reported (the format leaves fields out). */
    private JsonNode field(String field, boolean required) {
        read.add(field);
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                error("json-missing-field", "required field '" + field + "' is missing", pathOf(field));
            }
            return null;
        }
        if (value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            error("json-empty-value", "'" + field + "' is " + (value.isNull() ? "null" : "empty")
                    + (required ? ": it is required" : ": leave an optional field out rather than empty"),
                    pathOf(field));
            return null;
        }
        return value;
    }

    String text(String field, boolean required) {
        JsonNode value = field(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            error("json-wrong-type", "'" + field + "' must be a string, not " + kind(value), pathOf(field));
            return null;
        }
        return value.asText();
    }

    String requiredText(String field) {
        return text(field, true);
    }

    String optionalText(String field) {
        return text(field, false);
    }

    String oneOf(String field, boolean required, Set<String> allowed) {
        String value = text(field, required);
        if (value != null && !allowed.contains(value)) {
            error("json-unknown-value", "'" + value + "' is not an allowed value of '" + field + "' (allowed: "
                    + String.join(", ", allowed.stream().sorted().toList()) + ")", pathOf(field));
            return null;
        }
        return value;
    }

    String email(String field, boolean required) {
        String value = text(field, required);
        if (value != null && !Formats.isEmail(value)) {
            error("json-bad-email", "'" + value + "' is not an email address", pathOf(field));
        }
        return value;
    }

    String url(String field, boolean required) {
        String value = text(field, required);
        if (value != null && !Formats.isUrl(value)) {
            error("json-bad-url", "'" + value + "' is not an absolute http(s) URL", pathOf(field));
        }
        return value;
    }

    /**
     * An ISO 3166-1 alpha-2 code in any case, returned in upper case: the format's examples and the
     * ISO list it cites write {@code "fr"}, and case changes no country.
     */
    String country(String field, boolean required) {
        String value = text(field, required);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!Formats.isCountryCode(code)) {
            error("json-bad-country-code", "'" + value + "' is not an ISO 3166-1 alpha-2 country code (e.g. FR)",
                    pathOf(field));
            return null;
        }
        return code;
    }

    /**
     * A field the format recommends: its absence is a warning, so the producer hears of it without
     * the deposit being refused.
     */
    String recommendedOneOf(String field, Set<String> allowed, String consequence) {
        if (!node.has(field)) {
            read.add(field);
            warning("json-recommended-field-missing", "recommended field '" + field + "' is missing: " + consequence,
                    pathOf(field));
            return null;
        }
        return oneOf(field, false, allowed);
    }

    Boolean bool(String field, boolean required) {
        JsonNode value = field(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            error("json-wrong-type", "'" + field + "' must be true or false, not " + kind(value), pathOf(field));
            return null;
        }
        return value.asBoolean();
    }

    Integer integer(String field, boolean required) {
        JsonNode value = field(field, required);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            error("json-wrong-type", "'" + field + "' must be an integer, not " + kind(value), pathOf(field));
            return null;
        }
        return value.asInt();
    }

    JsonObject object(String field, boolean required) {
        JsonNode value = field(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            error("json-wrong-type", "'" + field + "' must be an object, not " + kind(value), pathOf(field));
            return null;
        }
        return new JsonObject(value, pathOf(field), file, problems);
    }

    /** The raw node of a field kept as sent (a GeoJSON geometry, a procedure), or null. */
    JsonNode raw(String field, boolean required) {
        return field(field, required);
    }

    List<JsonObject> objects(String field, boolean required) {
        return array(field, required, (element, elementPath) -> {
            if (!element.isObject()) {
                error("json-wrong-type", "must be an object, not " + kind(element), elementPath);
                return null;
            }
            return new JsonObject(element, elementPath, file, problems);
        });
    }

    List<String> texts(String field, boolean required) {
        return array(field, required, (element, elementPath) -> {
            if (!element.isTextual() || element.asText().isBlank()) {
                error(element.isTextual() ? "json-empty-value" : "json-wrong-type",
                        "must be a non-empty string, not " + kind(element), elementPath);
                return null;
            }
            return element.asText();
        });
    }

    interface ElementReader<T> {
        T read(JsonNode element, String elementPath);
    }

    private <T> List<T> array(String field, boolean required, ElementReader<T> reader) {
        JsonNode value = field(field, required);
        List<T> list = new ArrayList<>();
        if (value == null) {
            return list;
        }
        if (!value.isArray()) {
            error("json-wrong-type", "'" + field + "' must be an array, not " + kind(value), pathOf(field));
            return list;
        }
        for (int i = 0; i < value.size(); i++) {
            T element = reader.read(value.get(i), pathOf(field) + "[" + i + "]");
            if (element != null) {
                list.add(element);
            }
        }
        return list;
    }

    /** Reads each element of an array of objects with {@code reader}, then reports their unknown fields. */
    <T> List<T> each(List<JsonObject> objects, Function<JsonObject, T> reader) {
        List<T> list = new ArrayList<>();
        for (JsonObject object : objects) {
            T value = reader.apply(object);
            object.finish();
            if (value != null) {
                list.add(value);
            }
        }
        return list;
    }

    /**
     * Warns about the fields nobody read: unknown to the pivot format (or misspelt). Once only: a
     * reader may finish its object before {@link #each} does, and a field was reported twice.
     */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                warning("json-unknown-field", "'" + name + "' is not a field of the pivot format here:"
                        + " it is kept in the stored document but not used", pathOf(name));
            }
        }
    }

    /** Marks fields as known without reading them (deprecated fields kept only in the document). */
    void ignore(String... fields) {
        read.addAll(List.of(fields));
    }

    static String kind(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        } else if (value.isNumber()) {
            return "a number";
        } else if (value.isBoolean()) {
            return "a boolean";
        } else if (value.isArray()) {
            return "an array";
        } else if (value.isObject()) {
            return "an object";
        }
        return "null";
    }
}
