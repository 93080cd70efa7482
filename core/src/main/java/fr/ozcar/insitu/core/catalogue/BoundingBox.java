package fr.ozcar.insitu.core.catalogue;

/** An area in WGS 84 degrees; stations whose representative point lies inside (edges included) match. */
public record BoundingBox(double west, double south, double east, double north) {

    public BoundingBox {
        if (!(west >= -180 && east <= 180 && south >= -90 && north <= 90 && west <= east && south <= north)) {
            throw new IllegalArgumentException("a bounding box is west,south,east,north in degrees, west <= east, south <= north");
        }
    }
}
