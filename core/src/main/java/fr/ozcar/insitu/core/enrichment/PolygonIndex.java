package fr.ozcar.insitu.core.enrichment;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/** Finds the boundary holding a point (longitude, latitude), or the nearest one within a distance. */
final class PolygonIndex {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;

    /** A boundary found for a point: {@code distanceKm} is 0 when the point is inside it. */
    record Match(Boundary boundary, double distanceKm) {
    }

    private record Entry(Boundary boundary, PreparedGeometry prepared) {
    }

    private final STRtree tree = new STRtree();
    private final GeometryFactory factory;

    PolygonIndex(List<Boundary> boundaries, GeometryFactory factory) {
        this.factory = factory;
        for (Boundary boundary : boundaries) {
            tree.insert(boundary.geometry().getEnvelopeInternal(),
                    new Entry(boundary, PreparedGeometryFactory.prepare(boundary.geometry())));
        }
        tree.build();
    }

    /**
     * The boundary covering the point; else the nearest within {@code maxDistanceKm} (great-circle
     * distance to its nearest edge point); else null.
     */
    Match locate(double longitude, double latitude, double maxDistanceKm) {
        Point point = factory.createPoint(new Coordinate(longitude, latitude));
        for (Object found : tree.query(point.getEnvelopeInternal())) {
            Entry entry = (Entry) found;
            if (entry.prepared().covers(point)) {
                return new Match(entry.boundary(), 0);
            }
        }
        if (maxDistanceKm <= 0) {
            return null;
        }
        double dLat = maxDistanceKm / KM_PER_DEGREE;
        double dLon = dLat / Math.max(Math.cos(Math.toRadians(latitude)), 0.01);
        Envelope around = new Envelope(longitude - dLon, longitude + dLon, latitude - dLat, latitude + dLat);
        Match nearest = null;
        for (Object found : tree.query(around)) {
            Entry entry = (Entry) found;
            Coordinate edge = DistanceOp.nearestPoints(entry.boundary().geometry(), point)[0];
            double km = greatCircleKm(longitude, latitude, edge.x, edge.y);
            if (km <= maxDistanceKm && (nearest == null || km < nearest.distanceKm())) {
                nearest = new Match(entry.boundary(), km);
            }
        }
        return nearest;
    }

    static double greatCircleKm(double lon1, double lat1, double lon2, double lat2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
