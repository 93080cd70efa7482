package fr.ozcar.insitu.sensorthings.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * A station's geometry as the pivot model keeps it: the GeoJSON geometry, its type and a
 * representative point (the point, or the first vertex), read from a Location's {@code location} or
 * a FeatureOfInterest's {@code feature} (a GeoJSON geometry or Feature).
 */
record StationGeometry(String geoJson, String type, double longitude, double latitude, Double altitude) {

    static final Set<String> ENCODING_TYPES = Set.of("application/geo+json", "application/vnd.geo+json");
    private static final Set<String> TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon");

    /** The geometry of a member, or null with the error noted on the entity. */
    static StationGeometry read(JsonFields entity, String member) {
        JsonNode value = entity.raw(member);
        if (value == null || value.isNull()) {
            entity.error(member, "missing (mandatory)");
            return null;
        }
        JsonNode geometry = "Feature".equals(value.path("type").asText()) ? value.path("geometry") : value;
        String type = geometry.path("type").asText();
        if (!TYPES.contains(type)) {
            entity.error(member, "must be a GeoJSON geometry (" + String.join(", ", TYPES.stream().sorted().toList())
                    + ") or a Feature of one, not '" + type + "'");
            return null;
        }
        Geometry parsed;
        try {
            parsed = new GeoJsonReader().read(geometry.toString());
        } catch (ParseException | RuntimeException e) {
            entity.error(member, "not a valid GeoJSON " + type + ": " + e.getMessage());
            return null;
        }
        if (parsed.isEmpty()) {
            entity.error(member, "the " + type + " has no coordinates");
            return null;
        }
        Coordinate first = parsed.getCoordinate();
        if (Math.abs(first.x) > 180 || Math.abs(first.y) > 90) {
            entity.error(member, "coordinates are [longitude, latitude] in degrees (WGS 84): " + first.x + ", " + first.y);
            return null;
        }
        return new StationGeometry(geometry.toString(), type, first.x, first.y, Double.isNaN(first.getZ()) ? null : first.getZ());
    }

    /** The encoding type must say GeoJSON, the only one the pivot model keeps. */
    static void checkEncoding(JsonFields entity) {
        String encoding = entity.text("encodingType", true);
        if (encoding != null && !ENCODING_TYPES.contains(encoding)) {
            entity.error("encodingType", "must be application/geo+json (or application/vnd.geo+json), not '" + encoding + "'");
        }
    }
}
