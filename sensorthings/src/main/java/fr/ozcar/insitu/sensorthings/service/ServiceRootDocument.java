package fr.ozcar.insitu.sensorthings.service;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.ozcar.insitu.sensorthings.entity.EntityModel;
import fr.ozcar.insitu.sensorthings.entity.EntityType;
import fr.ozcar.insitu.sensorthings.entity.StaVersion;
import java.io.IOException;
import java.util.List;

/** The service root: entity sets with their URLs and, in 1.1, the conformance classes we pass. */
final class ServiceRootDocument {

    /** Exactly the conformance classes of OGC 18-088 this read-only view passes (docs/sensorthings-mapping.md). */
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel",
            "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities",
            "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data",
            "http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array",
            "http://www.opengis.net/spec/iot_sensing/1.1/req/multi-datastream");

    private ServiceRootDocument() {
    }

    static void write(JsonGenerator json, EntityModel model, String root) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("value");
        for (EntityType type : model.entitySets()) {
            json.writeStartObject();
            json.writeStringField("name", type.setName());
            json.writeStringField("url", root + "/" + type.setName());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (model.version() == StaVersion.V1_1) {
            json.writeObjectFieldStart("serverSettings");
            json.writeArrayFieldStart("conformance");
            for (String conformance : CONFORMANCE) {
                json.writeString(conformance);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
