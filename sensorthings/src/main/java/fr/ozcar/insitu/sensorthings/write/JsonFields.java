package fr.ozcar.insitu.sensorthings.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the members of one entity of a request body, checking their types, and collects every
 * problem with its JSON path ({@code $.Datastreams[0].unitOfMeasurement}) so that a client learns all
 * of them from one answer. {@link #throwIfAny()} ends the reading.
 */
final class JsonFields {

    private final ObjectNode node;
    private final String path;
    private final Errors errors;

    /** Problems of a whole request body, shared by the readers of its nested entities. */
    static final class Errors {
        private final List<String> messages = new ArrayList<>();

        void add(String message) {
            messages.add(message);
        }

        /** At most this many problems are spelled out (a DataArray of a million bad rows gives a short answer). */
        private static final int LISTED = 100;

        boolean any() {
            return !messages.isEmpty();
        }

        void throwIfAny() {
            if (messages.size() > LISTED) {
                throw WriteRefused.badRequest(String.join("; ", messages.subList(0, LISTED)) + "; and "
                        + (messages.size() - LISTED) + " more problems");
            }
            if (!messages.isEmpty()) {
                throw WriteRefused.badRequest(String.join("; ", messages));
            }
        }
    }

    JsonFields(ObjectNode node, String path, Errors errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** The body of a request, which must be one JSON object. */
    static ObjectNode object(JsonNode body, String entity) {
        if (body == null || !body.isObject()) {
            throw WriteRefused.badRequest("the body must be a JSON object (a " + entity + ")");
        }
        return (ObjectNode) body;
    }

    ObjectNode node() {
        return node;
    }

    String path() {
        return path;
    }

    Errors errors() {
        return errors;
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    /** Every member must be one the entity has, and none of the ones the server writes. */
    void allow(String entity, Set<String> writable, Set<String> readOnly) {
        node.fieldNames().forEachRemaining(name -> {
            if (readOnly.contains(name) || name.startsWith("@iot.") && !name.equals("@iot.id")) {
                errors.add(path + "." + name + ": read-only property of a " + entity + " (the server writes it)");
            } else if (!writable.contains(name) && !name.equals("@iot.id")) {
                errors.add(path + "." + name + ": a " + entity + " has no property '" + name + "'");
            }
        });
    }

    String text(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(path + "." + name + ": missing (mandatory)");
            }
            return null;
        }
        if (!value.isTextual()) {
            errors.add(path + "." + name + ": must be a string, not " + value.getNodeType().name().toLowerCase());
            return null;
        }
        return value.textValue();
    }

    ObjectNode object(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(path + "." + name + ": missing (mandatory)");
            }
            return null;
        }
        if (!value.isObject()) {
            errors.add(path + "." + name + ": must be a JSON object, not " + value.getNodeType().name().toLowerCase());
            return null;
        }
        return (ObjectNode) value;
    }

    /** A nested entity (an object), or null with the error noted. */
    JsonFields entity(String name, boolean required) {
        ObjectNode value = object(name, required);
        return value == null ? null : new JsonFields(value, path + "." + name, errors);
    }

    /** The entities of a to-many navigation (an array of objects); empty when absent. */
    List<JsonFields> entities(String name) {
        JsonNode value = node.get(name);
        List<JsonFields> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            errors.add(path + "." + name + ": must be a JSON array of entities");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            String itemPath = path + "." + name + "[" + i + "]";
            if (value.get(i).isObject()) {
                items.add(new JsonFields((ObjectNode) value.get(i), itemPath, errors));
            } else {
                errors.add(itemPath + ": must be a JSON object (an entity)");
            }
        }
        return items;
    }

    /**
     * The id of an existing entity when this object is a link ({@code {"@iot.id": 12}}), else null.
     * A link carries nothing else: other members would be silently ignored.
     */
    Long linkId() {
        JsonNode id = node.get("@iot.id");
        if (id == null) {
            return null;
        }
        long value;
        if (id.isIntegralNumber() && id.canConvertToLong()) {
            value = id.longValue();
        } else if (id.isTextual() && id.textValue().matches("\\d{1,18}")) {
            value = Long.parseLong(id.textValue());
        } else {
            errors.add(path + ".@iot.id: must be an integer");
            return -1L;
        }
        if (node.size() > 1) {
            errors.add(path + ": a link to an existing entity has only @iot.id (use PATCH to change the entity)");
        }
        return value;
    }

    void error(String member, String message) {
        errors.add(path + (member.isEmpty() ? "" : "." + member) + ": " + message);
    }

    void throwIfAny() {
        errors.throwIfAny();
    }
}
