package fr.ozcar.insitu.core.enrichment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What the importer derives for one station, each value with its source. Stored as
 * {@code sampling_feature.enrichment} and merged into the SensorThings Thing's properties.
 *
 * @param country    null only for a station out at sea (or on a coast no country is near)
 * @param region     from a {@code region} layer, or null
 * @param department from a {@code department} layer, or null
 * @param climates   the deposit's climates when it gives them, else the climate layers' classes
 * @param geologies  likewise
 */
public record StationEnrichment(Unit country, Unit region, Unit department, List<Classified> climates,
                                List<Classified> geologies) {

    /** Where a climate or geology comes from when the producer declared it. */
    public static final String DEPOSIT = "deposit";

    /** A climate or geology value and its source: {@link #DEPOSIT} or a layer's name. */
    public record Classified(String value, String source) {
    }

    public StationEnrichment {
        climates = List.copyOf(climates);
        geologies = List.copyOf(geologies);
    }

    /**
     * {@code {"country": {"code", "name", "source"[, "distanceKm"]}, "region": {…, "inseeCode"},
     * "department": {…}, "climates": [{"value", "source"}], "geologies": […]}}, absent parts left out.
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        put(json, "country", country);
        put(json, "region", region);
        put(json, "department", department);
        put(json, "climates", climates);
        put(json, "geologies", geologies);
        return json;
    }

    private static void put(ObjectNode json, String field, Unit unit) {
        if (unit == null) {
            return;
        }
        ObjectNode node = json.putObject(field);
        if (unit.code() != null) {
            node.put("code", unit.code());
        }
        if (unit.name() != null) {
            node.put("name", unit.name());
        }
        if (unit.inseeCode() != null) {
            node.put("inseeCode", unit.inseeCode());
        }
        node.put("source", unit.source());
        if (unit.distanceKm() > 0) {
            node.put("distanceKm", Math.round(unit.distanceKm() * 10) / 10.0);
        }
    }

    private static void put(ObjectNode json, String field, List<Classified> values) {
        if (values.isEmpty()) {
            return;
        }
        var array = json.putArray(field);
        values.forEach(value -> array.addObject().put("value", value.value()).put("source", value.source()));
    }
}
