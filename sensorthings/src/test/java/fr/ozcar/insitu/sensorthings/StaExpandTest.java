package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** $expand, nested with its own options to any depth (OGC 18-088 §9.3.2.1). */
class StaExpandTest {

    private static StaClient sta;

    @BeforeAll
    static void load() {
        sta = new StaClient(new StaService(StaFixture.embedded().dataSource(), StaSettings.DEFAULTS));
    }

    private static JsonNode get(String path, String query) {
        StaClient.Answer answer = sta.get(path + "?" + query.replace(" ", "%20"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void expandsToManyAndToOneInline() {
        JsonNode thing = get("/v1.1/Things(1)", "$expand=Datastreams,Locations");
        assertThat(thing.get("Datastreams").size()).isEqualTo(2);
        assertThat(thing.has("Datastreams@iot.navigationLink")).isFalse();
        assertThat(thing.at("/Locations/0/location/coordinates/0").asDouble()).isEqualTo(1.718);
        JsonNode datastream = get("/v1.1/Datastreams(1)", "$expand=Thing,ObservedProperty,Sensor");
        assertThat(datastream.at("/Thing/name").asText()).isEqualTo("Ara");
        assertThat(datastream.at("/ObservedProperty/definition").asText()).endsWith("atmosphericTemperature");
    }

    @Test
    void nestedExpandCarriesItsOwnOptionsAtEveryLevel() {
        JsonNode things = get("/v1.1/Things", "$filter=id le 2&$select=name&$expand=Datastreams($select=name;"
                + "$filter=properties/processingLevel eq 'Raw data';$orderby=id desc;$expand=ObservedProperty($select=definition),"
                + "Observations($top=2;$orderby=phenomenonTime desc;$select=result,phenomenonTime;$count=true))");
        JsonNode nalohou = things.at("/value/1");
        assertThat(nalohou.get("name").asText()).isEqualTo("Nalohou");
        assertThat(nalohou.get("Datastreams").size()).isEqualTo(2);
        JsonNode first = nalohou.at("/Datastreams/0");
        assertThat(first.has("description")).isFalse();
        assertThat(first.get("@iot.selfLink").asText()).endsWith("/Datastreams(10)");
        assertThat(first.at("/ObservedProperty/definition").asText()).endsWith("atmosphericTemperature");
        JsonNode second = nalohou.at("/Datastreams/1");
        assertThat(second.get("Observations").size()).isEqualTo(2);
        assertThat(second.get("Observations@iot.count").asLong()).isEqualTo(1000);
        assertThat(second.at("/Observations/0/phenomenonTime").asText()).isEqualTo("2020-02-11T15:30:00Z");
        assertThat(second.get("Observations@iot.nextLink").asText()).isEqualTo(StaClient.BASE
                + "/v1.1/Datastreams(2)/Observations?$select=result,phenomenonTime&$orderby=phenomenonTime%20desc&$count=true&$top=2&$skip=2");
        assertThat(things.at("/value/0/Datastreams").size()).isZero(); // Ara has no raw series
    }

    @Test
    void expandPathsExpandEachStep() {
        JsonNode thing = get("/v1.1/Things(3)", "$expand=Datastreams/ObservedProperty,Datastreams/Sensor");
        assertThat(thing.at("/Datastreams/0/ObservedProperty/name").asText()).isEqualTo("Water temperature");
        assertThat(thing.at("/Datastreams/0/Sensor/@iot.id").asLong()).isEqualTo(4);
    }

    @Test
    void theNextLinkOfAnExpandedCollectionKeepsTheExpansionsBelowIt() {
        JsonNode ara = get("/v1.1/Things(1)", "$expand=Datastreams($top=1;$select=id),"
                + "Datastreams/Observations($top=2;$select=result)");
        assertThat(ara.at("/Datastreams/0/Observations").size()).isEqualTo(2);
        String next = ara.get("Datastreams@iot.nextLink").asText();
        assertThat(next).contains("$expand=Observations(");
        JsonNode rest = sta.get(next).json();
        assertThat(rest.at("/value/0/@iot.id").asLong()).isEqualTo(3);
        assertThat(rest.at("/value/0/Observations").size()).isEqualTo(2);
        assertThat(rest.at("/value/0/Observations/0").has("result")).isTrue();
    }

    @Test
    void observationsExpandTheirDatastreamAndFeatureInOneQueryPerLevel() {
        JsonNode observations = get("/v1.1/Datastreams(7)/Observations",
                "$top=3&$expand=Datastream($select=name;$expand=Thing($select=name)),FeatureOfInterest($select=name)");
        assertThat(observations.get("value").size()).isEqualTo(3);
        assertThat(observations.at("/value/2/Datastream/Thing/name").asText()).isEqualTo("Boat transect");
        assertThat(observations.at("/value/2/FeatureOfInterest/name").asText()).isEqualTo("Boat transect");
    }

    @Test
    void expandsOnCollectionsLargerThanOneChunk() {
        JsonNode observations = get("/v1.1/Observations", "$top=1200&$filter=Datastream/id le 2&$expand=Datastream($select=id)");
        assertThat(observations.get("value").size()).isEqualTo(1200);
        assertThat(observations.at("/value/1199/Datastream/@iot.id").asLong()).isEqualTo(2);
    }

    @Test
    void expandErrorsAre400() {
        assertThat(sta.get("/v1.1/Things?$expand=Datastreamz").status()).isEqualTo(400);
        assertThat(sta.get("/v1.1/Things?$expand=Datastreams($top=x)").status()).isEqualTo(400);
        assertThat(sta.get("/v1.1/Things?$expand=Datastreams($filter=" + URLEncoder.encode("nme eq 1", StandardCharsets.UTF_8)
                + ")").status()).isEqualTo(400);
        assertThat(sta.get("/v1.1/Things?$expand=Datastreams($top=1").status()).isEqualTo(400);
        assertThat(sta.get("/v1.1/Things?$expand=Datastreams($resultFormat=csv)").status()).isEqualTo(400);
    }
}
