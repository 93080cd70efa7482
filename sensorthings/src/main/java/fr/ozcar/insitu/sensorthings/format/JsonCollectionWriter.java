package fr.ozcar.insitu.sensorthings.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** {@code {"@iot.count": n, "value": [...], "@iot.nextLink": "..."}} */
final class JsonCollectionWriter implements CollectionWriter {

    private final JsonGenerator json;
    private final Selection selection;
    private final EntityJson entities;

    JsonCollectionWriter(JsonGenerator json, Selection selection, EntityJson entities) {
        this.json = json;
        this.selection = selection;
        this.entities = entities;
    }

    @Override
    public void begin(Long count) throws IOException {
        json.writeStartObject();
        if (count != null) {
            json.writeNumberField("@iot.count", count);
        }
        json.writeArrayFieldStart("value");
    }

    @Override
    public void entity(EntityRow row) throws IOException {
        entities.write(json, selection, row);
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
