package fr.ozcar.insitu.core.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** TopoJSON as world-atlas writes it: quantised, delta-encoded arcs shared by neighbours. */
class TopoJsonTest {

    private final GeometryFactory factory = new GeometryFactory();

    /**
     * Two unit squares side by side, west [0,1]x[0,1] and east [1,2]x[0,1], sharing the arc x = 1; the
     * east square walks it backwards (index ~0 = -1). Quantised on a grid of 0.5° from (-1, -1).
     */
    private static final String TWO_SQUARES = """
            {"type": "Topology", "transform": {"scale": [0.5, 0.5], "translate": [-1, -1]},
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "arcs": [[0, 1]], "id": "250", "properties": {"name": "West"}},
               {"type": "MultiPolygon", "arcs": [[[2, -1]]], "id": "056", "properties": {"name": "East"}},
               {"type": null, "properties": {"name": "Nowhere"}}]}},
             "arcs": [[[4, 2], [0, 2]],
                      [[4, 4], [-2, 0], [0, -2], [2, 0]],
                      [[4, 2], [2, 0], [0, 2], [-2, 0]]]}""";

    @Test
    void decodesQuantisedDeltaEncodedArcsIntoClosedPolygons() throws Exception {
        List<Boundary> boundaries = TopoJson.boundaries(new ObjectMapper().readTree(TWO_SQUARES), "countries", factory);

        assertThat(boundaries).extracting(Boundary::code, Boundary::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("250", "West"),
                        org.assertj.core.groups.Tuple.tuple("056", "East"));
        Boundary west = boundaries.get(0);
        assertThat(west.geometry().getCoordinates()).containsExactly(new Coordinate(1, 0), new Coordinate(1, 1),
                new Coordinate(0, 1), new Coordinate(0, 0), new Coordinate(1, 0));
        assertThat(west.geometry().getArea()).isEqualTo(1.0);
        assertThat(boundaries.get(1).geometry().getArea()).isEqualTo(1.0);
        assertThat(boundaries.get(1).geometry().getEnvelopeInternal().getMinX()).isEqualTo(1.0);
    }

    @Test
    void aReversedSharedArcLeavesNoGapBetweenNeighbours() throws Exception {
        List<Boundary> boundaries = TopoJson.boundaries(new ObjectMapper().readTree(TWO_SQUARES), "countries", factory);
        PolygonIndex index = new PolygonIndex(boundaries, factory);

        assertThat(index.locate(0.5, 0.5, 0).boundary().name()).isEqualTo("West");
        assertThat(index.locate(1.5, 0.5, 0).boundary().name()).isEqualTo("East");
        assertThat(index.locate(1.0, 0.5, 0)).isNotNull(); // on the shared border: one of the two, never none
        assertThat(index.locate(3, 0.5, 0)).isNull();
    }

    @Test
    void theNearestBoundaryWithinTheDistanceIsFoundForAPointOutsideAll() throws Exception {
        PolygonIndex index = new PolygonIndex(
                TopoJson.boundaries(new ObjectMapper().readTree(TWO_SQUARES), "countries", factory), factory);

        PolygonIndex.Match near = index.locate(2.1, 0.5, 20); // 0.1° east of East at the equator: 11.1 km
        assertThat(near.boundary().name()).isEqualTo("East");
        assertThat(near.distanceKm()).isBetween(11.0, 11.2);
        assertThat(index.locate(2.1, 0.5, 10)).isNull();
    }
}
