package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** $resultFormat: dataArray (OGC 18-088 §14.3), and the CSV and GeoJSON extensions. */
class StaResultFormatTest {

    private static StaClient sta;

    @BeforeAll
    static void load() {
        sta = new StaClient(new StaService(StaFixture.embedded().dataSource(), StaSettings.DEFAULTS));
    }

    @Test
    void dataArrayGroupsObservationsPerDatastream() {
        JsonNode result = sta.get("/v1.1/Observations?$resultFormat=dataArray&$filter=Datastream/id%20le%202"
                + "&$top=1500&$select=id,phenomenonTime,result&$count=true").json();
        assertThat(result.get("@iot.count").asLong()).isEqualTo(2000);
        assertThat(result.get("value").size()).isEqualTo(2);
        JsonNode first = result.at("/value/0");
        assertThat(first.get("Datastream@iot.navigationLink").asText()).isEqualTo(StaClient.BASE + "/v1.1/Datastreams(1)");
        assertThat(first.get("components").toString()).isEqualTo("[\"id\",\"phenomenonTime\",\"result\"]");
        assertThat(first.get("dataArray").size()).isEqualTo(1000);
        assertThat(first.at("/dataArray/0/1").asText()).isEqualTo("2020-01-01T00:00:00Z");
        assertThat(result.at("/value/1/dataArray").size()).isEqualTo(500);
        assertThat(result.has("@iot.nextLink")).isTrue();
    }

    @Test
    void dataArrayOfOneDatastreamsObservations() {
        JsonNode result = sta.get("/v1.1/Datastreams(3)/Observations?$resultFormat=dataArray&$top=2").json();
        assertThat(result.at("/value/0/components").toString())
                .isEqualTo("[\"id\",\"phenomenonTime\",\"resultTime\",\"result\",\"resultQuality\",\"parameters\"]");
        assertThat(result.at("/value/0/dataArray/0/1").asText()).isEqualTo("2020-01-01T00:00:00Z/2020-01-02T00:00:00Z");
        assertThat(sta.get("/v1.1/Things?$resultFormat=dataArray").status()).isEqualTo(400);
    }

    @Test
    void dataArrayItemsOfAMultiDatastreamLinkToTheMultiDatastream() {
        JsonNode result = sta.get("/v1.1/Observations?$resultFormat=dataArray&$filter=Datastream/id%20eq%201%20or%20"
                + "MultiDatastream/id%20eq%20" + StaFixture.MULTI_SERIES + "&$top=2000&$select=id,result").json();
        assertThat(result.get("value").size()).isEqualTo(2);
        assertThat(result.at("/value/0/Datastream@iot.navigationLink").asText())
                .isEqualTo(StaClient.BASE + "/v1.1/Datastreams(1)");
        JsonNode multi = result.at("/value/1");
        assertThat(multi.has("Datastream@iot.navigationLink")).isFalse();
        assertThat(multi.get("MultiDatastream@iot.navigationLink").asText())
                .isEqualTo(StaClient.BASE + "/v1.1/MultiDatastreams(" + StaFixture.MULTI_SERIES + ")");
        assertThat(multi.at("/dataArray/0/1").isArray()).isTrue();
        assertThat(sta.get(multi.get("MultiDatastream@iot.navigationLink").asText()).status()).isEqualTo(200);
    }

    @Test
    void csvHasAHeaderAndOneLinePerEntity() {
        StaClient.Answer csv = sta.get("/v1.1/Datastreams(1)/Observations?$resultFormat=csv&$top=2&$select=id,phenomenonTime,result");
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,phenomenonTime,result");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).endsWith(",2020-01-01T00:00:00Z,25.0");
        assertThat(sta.get("/v1.1/Things?$resultFormat=csv&$select=name,properties").body())
                .contains("Ara,\"{\"\"climate\"\"");
    }

    @Test
    void geoJsonIsAFeatureCollectionWithTheEntitiesGeometry() {
        JsonNode collection = sta.get("/v1.1/Locations?$resultFormat=GeoJSON").json();
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.at("/features/0/geometry/type").asText()).isEqualTo("Point");
        assertThat(collection.at("/features/0/properties/name").asText()).isEqualTo("Ara");
        JsonNode things = sta.get("/v1.1/Things?$resultFormat=GeoJSON&$expand=Locations").json();
        assertThat(things.at("/features/3/geometry/type").asText()).isEqualTo("Polygon");
        assertThat(sta.get("/v1.1/Things?$resultFormat=xml").status()).isEqualTo(400);
    }
}
