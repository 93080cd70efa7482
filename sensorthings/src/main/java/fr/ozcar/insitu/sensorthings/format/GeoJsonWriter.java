package fr.ozcar.insitu.sensorthings.format;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.ozcar.insitu.sensorthings.entity.Property;
import fr.ozcar.insitu.sensorthings.entity.PropertyKind;
import java.io.IOException;

/**
 * A GeoJSON FeatureCollection: the entity's geometry property (or that of its first expanded
 * entity that has one, e.g. {@code Things?$expand=Locations}) as the feature geometry, the other
 * properties as feature properties.
 */
final class GeoJsonWriter implements CollectionWriter {

    private final JsonGenerator json;
    private final Selection selection;
    private final EntityJson entities;

    GeoJsonWriter(JsonGenerator json, Selection selection, EntityJson entities) {
        this.json = json;
        this.selection = selection;
        this.entities = entities;
    }

    @Override
    public void begin(Long count) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        if (count != null) {
            json.writeNumberField("@iot.count", count);
        }
        json.writeArrayFieldStart("features");
    }

    @Override
    public void entity(EntityRow row) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeNumberField("id", row.id());
        json.writeFieldName("geometry");
        String geometry = geometry(selection, row);
        if (geometry == null) {
            json.writeNull();
        } else {
            json.writeRawValue(geometry);
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("@iot.selfLink", entities.selfLink(selection, row.id()));
        for (int i = 0; i < selection.properties().size(); i++) {
            Property property = selection.properties().get(i);
            if (property.kind() != PropertyKind.GEOMETRY) {
                json.writeFieldName(property.name());
                EntityJson.writeValue(json, property, row.value(i));
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String geometry(Selection selection, EntityRow row) {
        for (int i = 0; i < selection.properties().size(); i++) {
            if (selection.properties().get(i).kind() == PropertyKind.GEOMETRY && row.value(i) != null) {
                return (String) row.value(i);
            }
        }
        for (Expansion expansion : row.expansions().values()) {
            for (EntityRow child : expansion.rows()) {
                String found = geometry(expansion.selection(), child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Override
    public void end(String nextLink) throws IOException {
        json.writeEndArray();
        if (nextLink != null) {
            json.writeStringField("@iot.nextLink", nextLink);
        }
        json.writeEndObject();
        json.flush();
    }
}
