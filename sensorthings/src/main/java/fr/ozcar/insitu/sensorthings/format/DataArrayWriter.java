package fr.ozcar.insitu.sensorthings.format;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.ozcar.insitu.sensorthings.entity.Property;
import java.io.IOException;

/**
 * The dataArray extension (OGC 18-088 §14.3): one item per Datastream (or MultiDatastream) with its components and
 * rows. Consecutive observations of one series form an item, so the default order (by series,
 * then time) gives one item per Datastream.
 */
final class DataArrayWriter implements CollectionWriter {

    private final JsonGenerator json;
    private final Selection selection;
    private final EntityJson entities;
    private int currentSeries = -1;

    DataArrayWriter(JsonGenerator json, Selection selection, EntityJson entities) {
        this.json = json;
        this.selection = selection;
        this.entities = entities;
    }

    @Override
    public void begin(Long count) throws IOException {
        json.writeStartObject();
        Envelope.begin(json, count, "value");
    }

    @Override
    public void entity(EntityRow row) throws IOException {
        if (row.seriesId() != currentSeries) {
            closeItem();
            currentSeries = row.seriesId();
            json.writeStartObject();
            // a MultiDatastream's rows name it: Datastreams(<its id>) does not exist
            boolean multi = row.multiDatastream() && selection.type().navigation("MultiDatastream").isPresent();
            json.writeStringField(multi ? "MultiDatastream@iot.navigationLink" : "Datastream@iot.navigationLink",
                    entities.serviceRoot() + (multi ? "/MultiDatastreams(" : "/Datastreams(") + row.seriesId() + ")");
            json.writeArrayFieldStart("components");
            if (selection.id()) {
                json.writeString("id");
            }
            for (Property property : selection.properties()) {
                json.writeString(property.name());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("dataArray");
        }
        json.writeStartArray();
        if (selection.id()) {
            json.writeNumber(row.id());
        }
        for (int i = 0; i < selection.properties().size(); i++) {
            EntityJson.writeValue(json, selection.properties().get(i), row.value(i));
        }
        json.writeEndArray();
    }

    private void closeItem() throws IOException {
        if (currentSeries >= 0) {
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    @Override
    public void end(String nextLink) throws IOException {
        closeItem();
        Envelope.end(json, nextLink);
    }
}
