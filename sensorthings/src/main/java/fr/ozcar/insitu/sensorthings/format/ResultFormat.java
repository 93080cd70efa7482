package fr.ozcar.insitu.sensorthings.format;

import com.fasterxml.jackson.core.JsonFactory;
import fr.ozcar.insitu.sensorthings.query.StaBadRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The result formats of collections: $resultFormat (default JSON, dataArray, CSV, GeoJSON). */
public enum ResultFormat {
    JSON("application/json"),
    DATA_ARRAY("application/json"),
    CSV("text/csv; charset=utf-8"),
    GEOJSON("application/geo+json");

    static final JsonFactory JSON_FACTORY = new JsonFactory();

    private final String contentType;

    ResultFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static ResultFormat parse(String value) {
        if (value == null) {
            return JSON;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "json", "default" -> JSON;
            case "dataarray" -> DATA_ARRAY;
            case "csv" -> CSV;
            case "geojson" -> GEOJSON;
            default -> throw new StaBadRequest("$resultFormat: unknown format '" + value
                    + "' (known: dataArray, CSV, GeoJSON)");
        };
    }

    /** Checks that this format can represent the request. */
    public void check(Selection selection, boolean expands) {
        if (this == DATA_ARRAY && !selection.type().name().equals("Observation")) {
            throw new StaBadRequest("$resultFormat=dataArray applies to Observations only");
        }
        if ((this == DATA_ARRAY || this == CSV) && expands) {
            throw new StaBadRequest("$resultFormat=" + name().toLowerCase(Locale.ROOT).replace("_a", "A")
                    + " cannot be combined with $expand");
        }
    }

    public CollectionWriter open(OutputStream out, Selection selection, EntityJson entities) throws IOException {
        return switch (this) {
            case JSON -> new JsonCollectionWriter(JSON_FACTORY.createGenerator(out), selection, entities);
            case DATA_ARRAY -> new DataArrayWriter(JSON_FACTORY.createGenerator(out), selection, entities);
            case CSV -> new CsvWriter(out, selection);
            case GEOJSON -> new GeoJsonWriter(JSON_FACTORY.createGenerator(out), selection, entities);
        };
    }
}
