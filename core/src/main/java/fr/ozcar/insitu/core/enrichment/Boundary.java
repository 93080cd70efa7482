package fr.ozcar.insitu.core.enrichment;

import org.locationtech.jts.geom.Geometry;

/**
 * One polygon (or multipolygon) of a boundary layer: a country, a region, a climate zone…
 *
 * @param code its code in the layer (ISO numeric id, INSEE code, Köppen class…), or null
 * @param name its name in the layer, or null
 */
record Boundary(String code, String name, Geometry geometry) {
}
