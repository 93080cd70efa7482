package fr.ozcar.insitu.core.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A station (or transect, plot…) identified by its persistent name within its producer.
 *
 * @param geometry  the GeoJSON geometry as sent
 * @param longitude representative point: the point itself, or the first vertex of other geometries
 * @param altitude  the third coordinate of that point, or null
 */
public record SamplingFeature(String name, String geometryType, JsonNode geometry, double longitude,
                              double latitude, Double altitude, JsonNode properties) {
}
