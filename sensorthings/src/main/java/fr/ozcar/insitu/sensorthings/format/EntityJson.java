package fr.ozcar.insitu.sensorthings.format;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.ozcar.insitu.sensorthings.entity.Navigation;
import fr.ozcar.insitu.sensorthings.entity.Property;
import java.io.IOException;
import java.util.Map;

/** Writes entities as STA JSON: {@code @iot.selfLink}, {@code @iot.id}, properties, links, expansions. */
public final class EntityJson {

    private final String serviceRoot;

    public EntityJson(String serviceRoot) {
        this.serviceRoot = serviceRoot;
    }

    public String serviceRoot() {
        return serviceRoot;
    }

    public String selfLink(Selection selection, long id) {
        return serviceRoot + "/" + selection.type().setName() + "(" + id + ")";
    }

    public void write(JsonGenerator json, Selection selection, EntityRow row) throws IOException {
        json.writeStartObject();
        String self = selfLink(selection, row.id());
        json.writeStringField("@iot.selfLink", self);
        if (selection.id()) {
            json.writeNumberField("@iot.id", row.id());
        }
        for (int i = 0; i < selection.properties().size(); i++) {
            Property property = selection.properties().get(i);
            json.writeFieldName(property.name());
            writeValue(json, property, row.value(i));
        }
        Map<String, Expansion> expansions = row.expansions();
        for (Navigation link : selection.links()) {
            if (!expansions.containsKey(link.name())) {
                json.writeStringField(link.name() + "@iot.navigationLink", self + "/" + link.name());
            }
        }
        for (Map.Entry<String, Expansion> entry : expansions.entrySet()) {
            Expansion expansion = entry.getValue();
            String name = entry.getKey();
            if (expansion.toMany()) {
                if (expansion.count() != null) {
                    json.writeNumberField(name + "@iot.count", expansion.count());
                }
                json.writeArrayFieldStart(name);
                for (EntityRow child : expansion.rows()) {
                    write(json, expansion.selection(), child);
                }
                json.writeEndArray();
                if (expansion.nextLink() != null) {
                    json.writeStringField(name + "@iot.nextLink", expansion.nextLink());
                }
            } else {
                json.writeFieldName(name);
                if (expansion.rows().isEmpty()) {
                    json.writeNull();
                } else {
                    write(json, expansion.selection(), expansion.rows().get(0));
                }
            }
        }
        json.writeEndObject();
    }

    /** One property value as JSON. */
    public static void writeValue(JsonGenerator json, Property property, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (property.kind()) {
            case ID -> json.writeNumber((Long) value);
            case STRING -> json.writeString((String) value);
            case JSON, GEOMETRY -> json.writeRawValue((String) value);
            case INSTANT, ROW_TIME -> json.writeString(value.toString());
            case INTERVAL, ROW_INTERVAL -> {
                String iso = ((Interval) value).iso();
                if (iso == null) {
                    json.writeNull();
                } else {
                    json.writeString(iso);
                }
            }
            case RESULT -> writeResult(json, (ResultValue) value);
            case FLAGS -> writeFlags(json, (String) value);
        }
    }

    private static void writeFlags(JsonGenerator json, String flags) throws IOException {
        if (flags.isEmpty()) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        int start = 0;
        for (int bar = flags.indexOf('|'); bar >= 0; bar = flags.indexOf('|', start)) {
            json.writeString(flags.substring(start, bar));
            start = bar + 1;
        }
        json.writeString(flags.substring(start));
        json.writeEndArray();
    }

    private static void writeResult(JsonGenerator json, ResultValue result) throws IOException {
        if (result.additional() != null) {
            json.writeStartArray();
            writeScalar(json, result.number(), result.text());
            for (String additional : result.additional()) {
                writeScalar(json, numberOrNull(additional), additional);
            }
            json.writeEndArray();
        } else {
            writeScalar(json, result.number(), result.text());
        }
    }

    private static void writeScalar(JsonGenerator json, Double number, String text) throws IOException {
        if (number != null) {
            if (number.isNaN() || number.isInfinite()) {
                json.writeNull();
            } else {
                json.writeNumber(number);
            }
        } else if (text != null) {
            json.writeString(text);
        } else {
            json.writeNull();
        }
    }

    private static Double numberOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
