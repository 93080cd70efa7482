package fr.ozcar.insitu.core.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Decodes the polygons of one object of a TopoJSON topology (the format of npm's {@code world-atlas}):
 * shared arcs, quantised and delta-encoded, are turned back into JTS polygons in longitude/latitude.
 * Only what boundary layers use is read: Polygon and MultiPolygon geometries, with {@code id} and
 * {@code properties.name}; other geometries (and null ones) are skipped.
 */
final class TopoJson {

    private final List<Coordinate[]> arcs;
    private final GeometryFactory factory;

    private TopoJson(List<Coordinate[]> arcs, GeometryFactory factory) {
        this.arcs = arcs;
        this.factory = factory;
    }

    /** The boundaries of {@code objectName} (e.g. {@code countries}) in {@code topology}. */
    static List<Boundary> boundaries(JsonNode topology, String objectName, GeometryFactory factory) {
        if (!"Topology".equals(topology.path("type").asText())) {
            throw new IllegalArgumentException("not a TopoJSON topology");
        }
        JsonNode object = topology.path("objects").path(objectName);
        if (!object.isObject()) {
            throw new IllegalArgumentException("the topology has no object '" + objectName + "'");
        }
        TopoJson topo = new TopoJson(decodeArcs(topology), factory);
        List<Boundary> boundaries = new ArrayList<>();
        for (JsonNode geometry : object.path("geometries")) {
            String type = geometry.path("type").asText();
            List<Polygon> polygons = new ArrayList<>();
            if (type.equals("Polygon")) {
                polygons.add(topo.polygon(geometry.path("arcs")));
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode polygon : geometry.path("arcs")) {
                    polygons.add(topo.polygon(polygon));
                }
            } else {
                continue;
            }
            String code = geometry.hasNonNull("id") ? geometry.get("id").asText() : null;
            String name = geometry.path("properties").hasNonNull("name")
                    ? geometry.path("properties").get("name").asText() : null;
            boundaries.add(new Boundary(code, name, polygons.size() == 1 ? polygons.get(0)
                    : factory.createMultiPolygon(polygons.toArray(Polygon[]::new))));
        }
        return boundaries;
    }

    /** Arcs in absolute coordinates; without a transform the topology is not quantised. */
    private static List<Coordinate[]> decodeArcs(JsonNode topology) {
        JsonNode transform = topology.get("transform");
        double scaleX = transform == null ? 1 : transform.path("scale").path(0).asDouble();
        double scaleY = transform == null ? 1 : transform.path("scale").path(1).asDouble();
        double translateX = transform == null ? 0 : transform.path("translate").path(0).asDouble();
        double translateY = transform == null ? 0 : transform.path("translate").path(1).asDouble();
        List<Coordinate[]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            Coordinate[] points = new Coordinate[arc.size()];
            double x = 0;
            double y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode position = arc.get(i);
                if (transform == null) {
                    x = position.get(0).asDouble();
                    y = position.get(1).asDouble();
                } else { // quantised positions are deltas from the previous one
                    x += position.get(0).asDouble();
                    y += position.get(1).asDouble();
                }
                points[i] = transform == null ? new Coordinate(x, y)
                        : new Coordinate(x * scaleX + translateX, y * scaleY + translateY);
            }
            arcs.add(points);
        }
        return arcs;
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    /** Arc {@code i} as is, arc {@code ~i} (a negative index) reversed; consecutive arcs share an end point. */
    private LinearRing ring(JsonNode arcIndexes) {
        List<Coordinate> points = new ArrayList<>();
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            Coordinate[] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                Coordinate point = arc[i >= 0 ? k : arc.length - 1 - k];
                if (k > 0 || points.isEmpty()) {
                    points.add(point);
                }
            }
        }
        if (!points.get(0).equals2D(points.get(points.size() - 1))) {
            points.add(points.get(0));
        }
        while (points.size() < 4) { // a degenerate ring of the quantised grid: keep it valid for JTS
            points.add(points.get(0));
        }
        return factory.createLinearRing(points.toArray(Coordinate[]::new));
    }
}
