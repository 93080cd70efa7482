package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Geospatial $filter functions give the same answers with PostGIS and on the embedded database
 * without it (SQL functions over GeoJSON). Stations: Ara (1.718 9.7912), Nalohou (1.6056 9.7448),
 * Kervidy (-2.9 48.1), the Strengbach plot (a small square near 7.2 48.215), a boat transect (a line).
 */
abstract class StaSpatialFilterTest {

    StaClient sta;

    abstract TestDatabase database();

    long count(String set, String filter) {
        if (sta == null) {
            sta = new StaClient(new StaService(StaFixture.load(database()).dataSource(), StaSettings.DEFAULTS));
        }
        StaClient.Answer answer = sta.get("/v1.1/" + set + "?$count=true&$top=0&$filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        assertThat(answer.status()).as(filter + " -> " + answer.body()).isEqualTo(200);
        return answer.json().get("@iot.count").asLong();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Locations | st_within(location, geography'POLYGON((1 9, 2 9, 2 10, 1 10, 1 9))')               | 2
            Locations | st_within(location, geography'POLYGON((-5 40, 10 40, 10 50, -5 50, -5 40))')        | 3
            Locations | st_contains(geography'POLYGON((-5 40, 10 40, 10 50, -5 50, -5 40))', location)      | 3
            Locations | st_intersects(location, geography'POLYGON((7.2 48.2, 7.3 48.2, 7.3 48.3, 7.2 48.3, 7.2 48.2))') | 1
            Locations | geo.intersects(location, geography'LINESTRING(-2.8 47.4, -2.8 47.8)')           | 1
            Locations | st_disjoint(location, geography'POLYGON((1 9, 2 9, 2 10, 1 10, 1 9))')             | 3
            Locations | st_equals(location, geography'POINT(-2.9 48.1)')                                   | 1
            Locations | st_touches(location, geography'POLYGON((7.21 48.21, 7.3 48.21, 7.3 48.22, 7.21 48.22, 7.21 48.21))') | 1
            Locations | st_overlaps(location, geography'POLYGON((7.2 48.2, 7.3 48.2, 7.3 48.3, 7.2 48.3, 7.2 48.2))') | 1
            Locations | st_crosses(location, geography'LINESTRING(-2.8 47.4, -2.8 47.8)')                | 1
            Locations | geo.distance(location, geography'POINT(1.718 9.7912)') lt 0.2                   | 2
            Locations | geo.distance(location, geography'POINT(1.718 9.7912)') eq 0                     | 1
            Locations | geo.length(location) gt 0.5                                                      | 1
            Things    | st_within(Locations/location, geography'POLYGON((1 9, 2 9, 2 10, 1 10, 1 9))')     | 2
            Datastreams | st_intersects(observedArea, geography'POLYGON((1 9, 2 9, 2 10, 1 10, 1 9))')     | 4
            FeaturesOfInterest | st_within(feature, geography'POLYGON((-5 40, 10 40, 10 50, -5 50, -5 40))') | 3
            Observations | st_within(FeatureOfInterest/feature, geography'POLYGON((-5 40, 10 40, 10 50, -5 50, -5 40))') and Datastream/id eq 4 | 1000
            """)
    void spatialFunctionsSelectTheRightEntities(String set, String filter, long expected) {
        assertThat(count(set, filter)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void stRelateTakesOnlyAValidPatternLiteral() {
        count("Locations", "id eq 1"); // connects
        StaClient.Answer bad = sta.get("/v1.1/Locations?$filter=" + URLEncoder.encode(
                "st_relate(location, geography'POINT(1 2)', 'T*F**F')", StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("DE-9IM");
    }

    static class Embedded extends StaSpatialFilterTest {
        @Override
        TestDatabase database() {
            return TestDatabase.create();
        }

        @org.junit.jupiter.api.Test
        void stRelateNeedsPostgis() {
            count("Locations", "id eq 1");
            StaClient.Answer answer = sta.get("/v1.1/Locations?$filter=" + URLEncoder.encode(
                    "st_relate(location, geography'POINT(1 2)', 'T*F**F***')", StandardCharsets.UTF_8));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("detail").asText()).contains("needs PostGIS");
        }
    }

    static class OnPostgis extends StaSpatialFilterTest {
        @Override
        TestDatabase database() {
            return TestDatabase.createOnPostgis();
        }

        @org.junit.jupiter.api.Test
        void stRelateTestsADe9imPattern() {
            assertThat(count("Locations", "st_relate(location, geography'POLYGON((1 9, 2 9, 2 10, 1 10, 1 9))', 'T*F**F***')"))
                    .isEqualTo(2);
        }
    }
}
