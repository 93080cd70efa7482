package fr.ozcar.insitu.sensorthings.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The JSON around a collection: {@code {"@iot.count": n, "<array>": [ ... ], "@iot.nextLink": url}}. */
final class Envelope {

    private Envelope() {
    }

    static void begin(JsonGenerator json, Long count, String array) throws IOException {
        if (count != null) {
            json.writeNumberField("@iot.count", count);
        }
        json.writeArrayFieldStart(array);
    }

    static void end(JsonGenerator json, String nextLink) throws IOException {
        json.writeEndArray();
        if (nextLink != null) {
            json.writeStringField("@iot.nextLink", nextLink);
        }
        json.writeEndObject();
        json.flush();
    }
}
