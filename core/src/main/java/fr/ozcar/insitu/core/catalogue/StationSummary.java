package fr.ozcar.insitu.core.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A station of a producer as the catalogue describes it: where it is, what the importer derived for
 * it (each value with its source), and its series.
 *
 * @param longitude  representative point: the point, or the first vertex of a line or polygon
 * @param enrichment {@code {country, region, department, climates, geologies}}, absent parts left out
 *                   (see {@code core.enrichment.StationEnrichment#toJson})
 */
public record StationSummary(String name, String geometryType, double longitude, double latitude, Double altitude,
                             JsonNode enrichment, List<Series> series) {

    /**
     * @param processingLevel null when the deposit did not give it (older producers' files omit it)
     */
    public record Series(String observationId, String datasetId, String propertyName, String unit, String variableIri,
                         String processingLevel, String dataType) {
    }
}
