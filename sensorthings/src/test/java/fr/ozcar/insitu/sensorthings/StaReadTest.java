package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.sensorthings.entity.ObservationId;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conformance class "read" (OGC 18-088 A.2): service root, entity sets, entities, navigation, properties, $ref. */
class StaReadTest {

    private static StaClient sta;

    @BeforeAll
    static void load() {
        sta = new StaClient(new StaService(StaFixture.embedded().dataSource(), StaSettings.DEFAULTS));
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    @Test
    void serviceRootOf11ListsEverySetWithItsUrlAndTheConformanceClasses() {
        JsonNode root = sta.get("/v1.1").json();
        assertThat(texts(root.get("value"), "name")).containsExactly("Things", "Locations", "HistoricalLocations",
                "Datastreams", "MultiDatastreams", "Sensors", "ObservedProperties", "Observations", "FeaturesOfInterest");
        assertThat(root.get("value").get(0).get("url").asText()).isEqualTo(StaClient.BASE + "/v1.1/Things");
        assertThat(texts(root.path("serverSettings").path("conformance"), "x")).hasSize(5);
        assertThat(root.path("serverSettings").path("conformance").toString())
                .contains("http://www.opengis.net/spec/iot_sensing/1.1/req/request-data")
                .doesNotContain("create-update-delete");
    }

    @Test
    void serviceRootOf10ListsExactlyTheEightCoreSets() {
        JsonNode root = sta.get("/v1.0").json();
        assertThat(texts(root.get("value"), "name")).containsExactlyInAnyOrder("Things", "Locations",
                "HistoricalLocations", "Datastreams", "Sensors", "Observations", "ObservedProperties", "FeaturesOfInterest");
        assertThat(root.has("serverSettings")).isFalse();
        assertThat(sta.get("/v1.0/MultiDatastreams").status()).isEqualTo(404);
    }

    @Test
    void version10HasNoObservationsOfMultiDatastreamsSinceEach10ObservationHasADatastream() {
        // the Strengbach plot: soil humidity (200 rows), field notes (2), and the water quality MultiDatastream (52)
        assertThat(sta.get("/v1.1/FeaturesOfInterest(4)/Observations?$count=true&$top=0").json().get("@iot.count").asLong())
                .isEqualTo(254);
        assertThat(sta.get("/v1.0/FeaturesOfInterest(4)/Observations?$count=true&$top=0").json().get("@iot.count").asLong())
                .isEqualTo(202);
        JsonNode multiRow = sta.get("/v1.1/MultiDatastreams(" + StaFixture.MULTI_SERIES + ")/Observations?$top=1&$select=id").json();
        long id = multiRow.at("/value/0/@iot.id").asLong();
        assertThat(sta.get("/v1.1/Observations(" + id + ")").status()).isEqualTo(200);
        assertThat(sta.get("/v1.0/Observations(" + id + ")").status()).isEqualTo(404);
        assertThat(sta.get("/v1.0/Observations?$filter=Datastream/id%20eq%201&$count=true&$top=0").json()
                .get("@iot.count").asLong()).isEqualTo(1000);
    }

    @Test
    void version10HasPropertiesOnThingsOnly() {
        assertThat(sta.get("/v1.0/Things(1)").json().has("properties")).isTrue();
        assertThat(sta.get("/v1.0/Datastreams(1)").json().has("properties")).isFalse();
        assertThat(sta.get("/v1.0/Locations(1)").json().has("properties")).isFalse();
        assertThat(sta.get("/v1.0/Datastreams?$filter=properties/datasetId%20eq%20'x'").status()).isEqualTo(400);
        assertThat(sta.get("/v1.1/Datastreams(1)").json().has("properties")).isTrue();
    }

    @Test
    void thingsAreStationsWithProducerPropertiesAndLinks() {
        JsonNode thing = sta.get("/v1.1/Things(1)").json();
        assertThat(thing.get("@iot.id").asLong()).isEqualTo(1);
        assertThat(thing.get("@iot.selfLink").asText()).isEqualTo(StaClient.BASE + "/v1.1/Things(1)");
        assertThat(thing.get("name").asText()).isEqualTo("Ara");
        assertThat(thing.at("/properties/producerId").asText()).isEqualTo("CATC");
        assertThat(thing.at("/properties/climate").asText()).isEqualTo("Tropical climate");
        assertThat(thing.at("/properties/datasets/0").asText()).isEqualTo("CATC_DAT_MET");
        assertThat(thing.get("Datastreams@iot.navigationLink").asText())
                .isEqualTo(StaClient.BASE + "/v1.1/Things(1)/Datastreams");
        assertThat(thing.has("MultiDatastreams@iot.navigationLink")).isTrue();
        assertThat(sta.get("/v1.0/Things(1)").json().has("MultiDatastreams@iot.navigationLink")).isFalse();
    }

    @Test
    void everyEntitySetAnswers() {
        for (String set : List.of("Things", "Locations", "HistoricalLocations", "Datastreams", "MultiDatastreams", "Sensors",
                "ObservedProperties", "Observations", "FeaturesOfInterest")) {
            StaClient.Answer answer = sta.get("/v1.1/" + set);
            assertThat(answer.status()).as(set + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.json().get("value").size()).as(set).isPositive();
        }
    }

    @Test
    void aMissingEntityIs404() {
        StaClient.Answer answer = sta.get("/v1.1/Things(999)");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(sta.get("/v1.1/Things(999)/Datastreams").status()).isEqualTo(404);
        assertThat(sta.get("/v1.1/Observations(1)").status()).isEqualTo(404);
    }

    @Test
    void datastreamsCarryTheSeriesMetadata() {
        JsonNode datastream = sta.get("/v1.1/Datastreams(1)").json();
        assertThat(datastream.get("name").asText()).isEqualTo("Air Temperature at height 2 m at Ara");
        assertThat(datastream.at("/unitOfMeasurement/symbol").asText()).isEqualTo("°C");
        assertThat(datastream.get("observationType").asText()).endsWith("OM_Measurement");
        assertThat(datastream.get("phenomenonTime").asText()).isEqualTo("2020-01-01T00:00:00Z/2020-02-11T15:00:00Z");
        assertThat(datastream.at("/properties/datasetId").asText()).isEqualTo("CATC_DAT_MET");
        assertThat(datastream.at("/properties/doi").asText()).isEqualTo("10.1234/catc.met");
        assertThat(datastream.at("/properties/licence/title").asText()).isEqualTo("CC-BY-4.0");
        assertThat(datastream.at("/properties/missingValue").asText()).isEqualTo("-9999");
        assertThat(datastream.at("/properties/qualityFlags/1/description").asText()).isEqualTo("suspect");
        assertThat(datastream.at("/observedArea/type").asText()).isEqualTo("Point");
        assertThat(sta.get("/v1.1/Datastreams(9)").json().get("observationType").asText()).endsWith("OM_Observation");
    }

    @Test
    void observedPropertiesAreThesaurusVariablesOrAFallbackPerNameAndUnit() {
        JsonNode resolved = sta.get("/v1.1/Datastreams(1)/ObservedProperty").json();
        assertThat(resolved.get("@iot.id").asLong()).isLessThan(1L << 31); // the variable's id
        assertThat(resolved.get("definition").asText()).isEqualTo("https://w3id.org/ozcar-theia/atmosphericTemperature");
        assertThat(resolved.get("name").asText()).isEqualTo("Air temperature");
        JsonNode fallback = sta.get("/v1.1/Datastreams(6)/ObservedProperty").json();
        assertThat(fallback.get("definition").asText()).isEqualTo("urn:ozcar:property:-:soil-humidity-custom");
        assertThat(fallback.get("@iot.id").asLong()).isGreaterThan(1L << 48).isLessThan(1L << 53);
        assertThat(sta.get("/v1.1/ObservedProperties(" + fallback.get("@iot.id").asLong() + ")").status()).isEqualTo(200);
    }

    @Test
    void observationIdsDeriveFromSeriesAndTime() {
        long id = ObservationId.encode(1, Instant.parse("2020-01-01T05:00:00Z"));
        assertThat(id).isLessThan(1L << 53);
        JsonNode observation = sta.get("/v1.1/Observations(" + id + ")").json();
        assertThat(observation.get("@iot.id").asLong()).isEqualTo(id);
        assertThat(observation.get("phenomenonTime").asText()).isEqualTo("2020-01-01T05:00:00Z");
        assertThat(observation.get("resultTime").asText()).isEqualTo("2020-01-01T05:00:00Z");
        assertThat(observation.get("result").isNumber()).isTrue();
        assertThat(observation.get("resultQuality").toString()).isEqualTo("[\"11\"]");
        JsonNode first = sta.get("/v1.1/Datastreams(1)/Observations?$top=1").json().at("/value/0");
        assertThat(first.get("@iot.id").asLong()).isEqualTo(ObservationId.encode(1, Instant.parse("2020-01-01T00:00:00Z")));
    }

    @Test
    void observationsWithABeginTimeHaveAnIntervalPhenomenonTime() {
        JsonNode first = sta.get("/v1.1/Datastreams(3)/Observations?$top=1").json().at("/value/0");
        assertThat(first.get("phenomenonTime").asText()).isEqualTo("2020-01-01T00:00:00Z/2020-01-02T00:00:00Z");
    }

    @Test
    void aMissingValueIsANullResultWithItsFlag() {
        long id = ObservationId.encode(1, Instant.parse("2020-01-03T02:00:00Z")); // hour 50
        JsonNode observation = sta.get("/v1.1/Observations(" + id + ")").json();
        assertThat(observation.get("result").isNull()).isTrue();
        assertThat(observation.get("resultQuality").toString()).isEqualTo("[\"13\"]");
    }

    @Test
    void mobileRowsCarryTheirPositionInParameters() {
        JsonNode first = sta.get("/v1.1/Datastreams(7)/Observations?$top=2&$skip=1").json().at("/value/0");
        assertThat(first.at("/parameters/longitude").asDouble()).isEqualTo(-2.995);
        assertThat(first.at("/parameters/latitude").asDouble()).isEqualTo(47.502);
    }

    @Test
    void seriesWithAdditionalValuesAreMultiDatastreamsWithArrayResults() {
        JsonNode multi = sta.get("/v1.1/MultiDatastreams(8)").json();
        assertThat(multi.get("unitOfMeasurements").size()).isEqualTo(3);
        assertThat(multi.get("multiObservationDataTypes").size()).isEqualTo(3);
        assertThat(sta.get("/v1.1/Datastreams(8)").status()).isEqualTo(404);
        JsonNode observation = sta.get("/v1.1/MultiDatastreams(8)/Observations?$top=1").json().at("/value/0");
        assertThat(observation.get("result").toString()).isEqualTo("[120.0,6.5,2.0]");
        assertThat(sta.get("/v1.1/MultiDatastreams(8)/ObservedProperties").json().get("value").size()).isEqualTo(3);
    }

    @Test
    void navigationPathsReachRelatedEntities() {
        assertThat(texts(sta.get("/v1.1/Things(1)/Datastreams").json().get("value"), "@iot.id"))
                .containsExactly("1", "3");
        long id = ObservationId.encode(4, Instant.parse("2019-06-01T06:00:00Z"));
        assertThat(sta.get("/v1.1/Observations(" + id + ")/Datastream/Thing").json().get("name").asText()).isEqualTo("Kervidy");
        assertThat(sta.get("/v1.1/Observations(" + id + ")/FeatureOfInterest").json().get("name").asText()).isEqualTo("Kervidy");
        assertThat(sta.get("/v1.1/Things(4)/Locations").json().at("/value/0/location/type").asText()).isEqualTo("Polygon");
        assertThat(sta.get("/v1.1/Locations(3)/Things(3)/Datastreams(4)/Sensor").status()).isEqualTo(200);
        assertThat(sta.get("/v1.1/Things(1)/Datastreams(4)").status()).isEqualTo(404);
        assertThat(sta.get("/v1.1/Datastreams(1)/Sensor").json().get("name").asText()).isEqualTo("HMP45C");
        assertThat(sta.get("/v1.1/FeaturesOfInterest(5)/Observations?$count=true&$top=1").json().get("@iot.count").asLong())
                .isEqualTo(100);
    }

    @Test
    void propertyPathsAndRawValues() {
        assertThat(sta.get("/v1.1/Things(1)/name").json().get("name").asText()).isEqualTo("Ara");
        StaClient.Answer raw = sta.get("/v1.1/Things(1)/name/$value");
        assertThat(raw.body()).isEqualTo("Ara");
        assertThat(raw.contentType()).startsWith("text/plain");
        assertThat(sta.get("/v1.1/Locations(1)/location/$value").body()).contains("\"Point\"");
        assertThat(sta.get("/v1.1/Things(1)/nope").status()).isEqualTo(404);
    }

    @Test
    void sensorMetadataIsAStringIn10AndJsonIn11() {
        // the OGC 1.0 suite reads Sensors(x)/metadata/$value as a string
        StaClient.Answer raw = sta.get("/v1.0/Sensors(1)/metadata/$value");
        assertThat(raw.contentType()).startsWith("text/plain");
        assertThat(raw.body()).startsWith("{\"dataProduction\"");
        assertThat(sta.get("/v1.0/Sensors(1)").json().get("metadata").isTextual()).isTrue();
        assertThat(sta.get("/v1.1/Sensors(1)").json().get("metadata").isObject()).isTrue();
    }

    @Test
    void aNullPropertyIsNoContentAlsoAsRawValue() {
        long plain = ObservationId.encode(2, Instant.parse("2020-01-01T00:30:00Z")); // no flags, no own position
        for (String property : List.of("parameters", "resultQuality")) {
            StaClient.Answer answer = sta.get("/v1.1/Observations(" + plain + ")/" + property);
            assertThat(answer.status()).as(property).isEqualTo(204);
            assertThat(answer.body()).isEmpty();
            assertThat(sta.get("/v1.1/Observations(" + plain + ")/" + property + "/$value").status()).isEqualTo(204);
        }
        assertThat(sta.get("/v1.1/Observations(" + plain + ")/result/$value").body()).isEqualTo("24.0");
    }

    @Test
    void referencesListSelfLinksOnly() {
        JsonNode refs = sta.get("/v1.1/Things(1)/Datastreams/$ref").json();
        assertThat(refs.at("/value/0").toString()).isEqualTo("{\"@iot.selfLink\":\"" + StaClient.BASE + "/v1.1/Datastreams(1)\"}");
        assertThat(sta.get("/v1.1/Datastreams(1)/Thing/$ref").json().toString())
                .isEqualTo("{\"@iot.selfLink\":\"" + StaClient.BASE + "/v1.1/Things(1)\"}");
    }

    @Test
    void referencesTakeNoExpandSelectOrResultFormatSinceTheyAreSelfLinksOnly() {
        for (String option : List.of("$expand=Datastreams", "$select=name", "$resultFormat=csv")) {
            StaClient.Answer collection = sta.get("/v1.1/Things/$ref?" + option);
            assertThat(collection.status()).as(option).isEqualTo(400);
            assertThat(collection.json().get("detail").asText()).contains("$ref");
            assertThat(sta.get("/v1.1/Things(1)/$ref?" + option).status()).as(option).isEqualTo(400);
        }
        assertThat(sta.get("/v1.1/Things/$ref?$filter=id%20le%202&$orderby=id%20desc&$count=true&$top=1").json()
                .get("@iot.count").asLong()).isEqualTo(2);
    }

    @Test
    void unknownEntitySetsNavigationsAndPropertiesAre404WithTheSegmentAsInOData() {
        StaClient.Answer answer = sta.get("/v1.1/Thingz");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("detail").asText()).contains("Thingz");
        assertThat(sta.get("/v1.1/Things(1)/nme").status()).isEqualTo(404);
        assertThat(sta.get("/v1.0/MultiDatastreams").status()).isEqualTo(404);
    }

    @Test
    void malformedPathsAre400() {
        assertThat(sta.get("/v1.1/Things('a')").status()).isEqualTo(400);
        assertThat(sta.get("/v1.1/Things(1)/name(2)").status()).isEqualTo(400);
        assertThat(sta.get("/v2.0/Things").status()).isEqualTo(404);
    }
}
