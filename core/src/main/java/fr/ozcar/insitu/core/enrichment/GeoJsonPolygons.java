package fr.ozcar.insitu.core.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The polygons of a GeoJSON FeatureCollection (RFC 7946: longitude, latitude in WGS 84), each with the
 * code and name read from the properties a layer descriptor names. Features of other geometry types
 * are refused: a lookup layer is a set of areas.
 */
final class GeoJsonPolygons {

    private GeoJsonPolygons() {
    }

    static List<Boundary> read(JsonNode collection, String codeProperty, String nameProperty, GeometryFactory factory) {
        if (!"FeatureCollection".equals(collection.path("type").asText())) {
            throw new IllegalArgumentException("not a GeoJSON FeatureCollection");
        }
        List<Boundary> boundaries = new ArrayList<>();
        JsonNode features = collection.path("features");
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            JsonNode geometry = feature.path("geometry");
            String type = geometry.path("type").asText();
            List<Polygon> polygons = new ArrayList<>();
            if (type.equals("Polygon")) {
                polygons.add(polygon(geometry.path("coordinates"), factory));
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode polygon : geometry.path("coordinates")) {
                    polygons.add(polygon(polygon, factory));
                }
            } else {
                throw new IllegalArgumentException("feature " + i + " is a " + (type.isEmpty() ? "feature without geometry"
                        : type) + ": a lookup layer holds Polygons and MultiPolygons only");
            }
            JsonNode properties = feature.path("properties");
            boundaries.add(new Boundary(text(properties, codeProperty), text(properties, nameProperty),
                    polygons.size() == 1 ? polygons.get(0)
                            : factory.createMultiPolygon(polygons.toArray(Polygon[]::new))));
        }
        return boundaries;
    }

    private static String text(JsonNode properties, String property) {
        JsonNode value = property == null ? null : properties.get(property);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
        LinearRing[] holes = new LinearRing[Math.max(0, rings.size() - 1)];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), factory);
        }
        return factory.createPolygon(ring(rings.get(0), factory), holes);
    }

    private static LinearRing ring(JsonNode positions, GeometryFactory factory) {
        Coordinate[] points = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            points[i] = new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
        }
        return factory.createLinearRing(points);
    }
}
