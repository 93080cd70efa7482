package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import fr.ozcar.insitu.sensorthings.write.StaWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conformance class "create-update-delete" (OGC 18-088 A.3) onto the pivot model, with its authorisation. */
public class StaWriteTest {

    static final Viewer CATC_MANAGER = new Viewer(Optional.of("awa"), Optional.of("awa@example.org"),
            Set.of(Role.DATA_MANAGER), Set.of("CATC"));
    static final Viewer AGRH_MANAGER = new Viewer(Optional.of("bob"), Optional.of("bob@example.org"),
            Set.of(Role.DATA_MANAGER), Set.of("AGRH"));
    static final Viewer ADMINISTRATOR = new Viewer(Optional.of("root"), Optional.empty(), Set.of(Role.ADMINISTRATOR), Set.of());

    static final String AIR_TEMPERATURE = "https://w3id.org/ozcar-theia/atmosphericTemperature";
    static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

    public static final String HUMIDITY = """
            {"name": "Relative humidity at Ara", "description": "2 m, logger pushing through SensorThings",
             "unitOfMeasurement": {"name": "percent", "symbol": "%", "definition": "http://qudt.org/vocab/unit/PERCENT"},
             "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
             "Sensor": {"name": "HMP155", "description": "Thermo-hygrometer", "encodingType": "application/pdf",
                        "metadata": "https://example.org/hmp155.pdf"},
             "ObservedProperty": {"name": "Relative humidity", "definition": "urn:x:relative-humidity", "description": "RH"}}""";

    private TestDatabase database;
    private StaClient sta;
    /** A Datastream written through SensorThings at the deposited station Ara. */
    private long humidity;

    @BeforeEach
    void load() {
        database = StaFixture.embedded();
        StaService reader = new StaService(database.dataSource(), StaSettings.DEFAULTS);
        sta = new StaClient(reader, new StaWriter(database.dataSource(), reader, false));
        humidity = post("/v1.1/Things(1)/Datastreams", HUMIDITY, CATC_MANAGER);
    }

    private String observations() {
        return "/v1.1/Datastreams(" + humidity + ")/Observations";
    }

    static String weatherStation(String name) {
        return """
                {"name": "%s", "description": "Automatic weather station",
                 "properties": {"maintainer": "IRD Cotonou"},
                 "Locations": [{"name": "%s", "description": "Mast", "encodingType": "application/geo+json",
                                "location": {"type": "Point", "coordinates": [2.61, 9.35, 320]}}],
                 "Datastreams": [{"name": "Air temperature at %s", "description": "2 m, ventilated shelter",
                                  "unitOfMeasurement": {"name": "degree Celsius", "symbol": "°C",
                                                        "definition": "http://qudt.org/vocab/unit/DEG_C"},
                                  "observationType": "%s",
                                  "Sensor": {"name": "HMP155", "description": "Vaisala thermo-hygrometer",
                                             "encodingType": "application/pdf", "metadata": "https://example.org/hmp155.pdf"},
                                  "ObservedProperty": {"name": "Air temperature", "definition": "%s",
                                                       "description": "Temperature of the air"}}]}
                """.formatted(name, name, name, MEASUREMENT, AIR_TEMPERATURE);
    }

    private long post(String url, String body, Viewer viewer) {
        StaClient.Answer answer = sta.send("POST", url, body, viewer);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("@iot.id").asLong();
    }

    private long firstDatastream(long thing) {
        return sta.get("/v1.1/Things(" + thing + ")/Datastreams").json().at("/value/0/@iot.id").asLong();
    }

    @Test
    void aThingPostedWithItsLocationAndDatastreamIsAStationWithASeriesOfTheManagersProducer() throws Exception {
        StaClient.Answer answer = sta.send("POST", "/v1.1/Things", weatherStation("Djougou"), CATC_MANAGER);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        long thing = answer.json().get("@iot.id").asLong();
        assertThat(answer.location()).isEqualTo(StaClient.BASE + "/v1.1/Things(" + thing + ")");
        assertThat(answer.json().at("/properties/producerId").asText()).isEqualTo("CATC");
        assertThat(answer.json().get("description").asText()).isEqualTo("Automatic weather station");
        assertThat(database.count("sampling_feature where id = " + thing
                + " and producer_id = 'CATC' and name = 'Djougou' and longitude = 2.61 and altitude = 320")).isEqualTo(1);
        JsonNode datastream = sta.get("/v1.1/Things(" + thing + ")/Datastreams?$expand=Sensor,ObservedProperty").json().at("/value/0");
        assertThat(datastream.get("name").asText()).isEqualTo("Air temperature at Djougou");
        assertThat(datastream.at("/properties/datasetId").asText()).isEqualTo("CATC_DAT_STA");
        assertThat(datastream.at("/unitOfMeasurement/symbol").asText()).isEqualTo("°C");
        assertThat(datastream.at("/Sensor/name").asText()).isEqualTo("HMP155");
        assertThat(datastream.at("/Sensor/metadata").asText()).isEqualTo("https://example.org/hmp155.pdf");
        // the definition is a thesaurus variable: the series is found under it like a deposited one
        assertThat(datastream.at("/ObservedProperty/definition").asText()).isEqualTo(AIR_TEMPERATURE);
        assertThat(database.count("series where variable_iri = '" + AIR_TEMPERATURE + "' and dataset_id = 'CATC_DAT_STA'"
                + " and data_type = 'Numeric' and written_through_sta")).isEqualTo(1);
    }

    @Test
    void aDatastreamNamingItsDatasetInPropertiesGoesToThatDatasetOfTheThingsProducer() throws Exception {
        String datastream = """
                {"name": "Relative humidity", "description": "2 m",
                 "unitOfMeasurement": {"name": "percent", "symbol": "%%", "definition": "http://qudt.org/vocab/unit/PERCENT"},
                 "observationType": "%s", "properties": {"datasetId": "CATC_DAT_MET", "processingLevel": "Quality-controlled data"},
                 "Sensor": {"@iot.id": 1}, "ObservedProperty": {"name": "Relative humidity", "definition": "urn:x:rh", "description": "RH"}}
                """.formatted(MEASUREMENT);
        long id = post("/v1.1/Things(1)/Datastreams", datastream, CATC_MANAGER);


        assertThat(database.count("series where id = " + id + " and dataset_id = 'CATC_DAT_MET' and sampling_feature_id = 1"
                + " and processing_level = 'Quality-controlled data' and procedure #>> '{dataProduction,sensors,0,model}' = 'HMP45C'"))
                .isEqualTo(1);
        StaClient.Answer elsewhere = sta.send("POST", "/v1.1/Things(1)/Datastreams",
                datastream.replace("CATC_DAT_MET", "AGRH_DAT_HYD"), CATC_MANAGER);
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("no dataset 'AGRH_DAT_HYD' of producer CATC");
    }

    @Test
    void theProducerCannotBeDecidedForAnAdministratorWhoNamesNone() throws Exception {
        StaClient.Answer answer = sta.send("POST", "/v1.1/Things", weatherStation("Djougou"), ADMINISTRATOR);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).contains("$.properties.producerId: missing: cannot decide the producer");
        assertThat(database.count("sampling_feature where name = 'Djougou'")).isZero();

        long named = post("/v1.1/Things", weatherStation("Djougou").replace("\"maintainer\"", "\"producerId\": \"AGRH\", \"maintainer\""),
                ADMINISTRATOR);
        assertThat(database.count("sampling_feature where id = " + named + " and producer_id = 'AGRH'")).isEqualTo(1);
    }

    @Test
    void anonymousCallersAndManagersOfAnotherProducerWriteNothing() throws Exception {
        assertThat(sta.send("POST", "/v1.1/Things", weatherStation("Djougou"), Viewer.ANONYMOUS).status()).isEqualTo(401);
        StaClient.Answer other = sta.send("POST", observations(),
                "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 21.5}", AGRH_MANAGER);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).contains("you do not manage producer CATC");
        assertThat(sta.send("DELETE", "/v1.1/Things(1)", "", AGRH_MANAGER).status()).isEqualTo(403);
        assertThat(database.count("sampling_feature where name = 'Djougou'")).isZero();
        assertThat(database.count("measurement where series_id = 1")).isEqualTo(1000);
    }

    @Test
    void openWritesLetAnonymousCallersWriteAScratchInstance() throws Exception {
        StaService reader = new StaService(database.dataSource(), StaSettings.DEFAULTS);
        StaClient open = new StaClient(reader, new StaWriter(database.dataSource(), reader, true));

        StaClient.Answer answer = open.send("POST", observations(),
                "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 21.5}", Viewer.ANONYMOUS);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void anObservationIsAMeasurementRowAndUpdatesTheSeriesSummary() throws Exception {
        long id = post("/v1.1/Observations", """
                {"phenomenonTime": "2021-03-01T12:00:00Z", "result": 31.25, "resultQuality": ["11", "13"],
                 "Datastream": {"@iot.id": %d}}""".formatted(humidity), CATC_MANAGER);

        JsonNode observation = sta.get("/v1.1/Observations(" + id + ")?$expand=FeatureOfInterest").json();
        assertThat(observation.get("result").asDouble()).isEqualTo(31.25);
        assertThat(observation.get("resultQuality").toString()).isEqualTo("[\"11\",\"13\"]");
        // no FeatureOfInterest given: the one derived from the Thing's Location, the station itself
        assertThat(observation.at("/FeatureOfInterest/@iot.id").asLong()).isEqualTo(1);
        assertThat(database.count("measurement where series_id = " + humidity + " and time = '2021-03-01T12:00:00Z'"
                + " and value = 31.25 and flags = '11|13' and longitude is null")).isEqualTo(1);
        assertThat(database.count("series where id = " + humidity + " and row_count = 1 and last_time = '2021-03-01T12:00:00Z'"
                + " and max_value = 31.25")).isEqualTo(1);
    }

    @Test
    void anObservationAtAnotherPlaceKeepsItsOwnPositionWithoutANewFeature() throws Exception {
        long id = post(observations(), """
                {"phenomenonTime": "2021-03-01T12:00:00Z", "result": 30,
                 "FeatureOfInterest": {"name": "Roadside", "description": "Mobile survey point", "encodingType": "application/geo+json",
                                       "feature": {"type": "Point", "coordinates": [1.72, 9.8]}}}""", CATC_MANAGER);

        JsonNode parameters = sta.get("/v1.1/Observations(" + id + ")/parameters").json().get("parameters");
        assertThat(parameters.get("longitude").asDouble()).isEqualTo(1.72);
        assertThat(parameters.get("latitude").asDouble()).isEqualTo(9.8);
        assertThat(database.count("sampling_feature")).isEqualTo(5);
    }

    @Test
    void theSameObservationPostedTwiceIsAConflictAndStaysOneRow() throws Exception {
        post(observations(), "{\"phenomenonTime\": \"2020-01-01T05:00:00Z\", \"result\": 64}", CATC_MANAGER);
        String body = "{\"phenomenonTime\": \"2020-01-01T05:00:00Z\", \"result\": 99}";
        StaClient.Answer again = sta.send("POST", observations(), body, CATC_MANAGER);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("already has an Observation at 2020-01-01T05:00:00Z")
                .contains("PATCH");
        assertThat(database.count("measurement where series_id = " + humidity + " and time = '2020-01-01T05:00:00Z'")).isEqualTo(1);
        assertThat(database.count("measurement where series_id = " + humidity + " and value = 64")).isEqualTo(1);
    }

    @Test
    void concurrentPostsOfOneObservationMakeOneRowAndOtherTimesAllLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String time = i < 8 ? "2022-01-01T00:00:00Z" : "2022-01-01T0" + (i - 7) + ":00:00Z";
                posts.add(() -> sta.send("POST", observations(),
                        "{\"phenomenonTime\": \"" + time + "\", \"result\": 20}", CATC_MANAGER).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(posts)) {
                statuses.add(status.get());
            }
            assertThat(statuses.subList(0, 8)).containsOnlyOnce(201).containsOnly(201, 409);
            assertThat(statuses.subList(8, 16)).containsOnly(201);
        } finally {
            pool.shutdown();
        }
        assertThat(database.count("measurement where series_id = " + humidity)).isEqualTo(9);
        assertThat(database.count("series where id = " + humidity + " and row_count = 9")).isEqualTo(1);
    }

    @Test
    void everyProblemOfADeepInsertIsReportedAtOnceAndNothingIsWritten() throws Exception {
        String bad = weatherStation("Djougou")
                .replace("\"description\": \"Automatic weather station\",", "\"description\": 7, \"@iot.selfLink\": \"x\",")
                .replace("\"symbol\": \"°C\",", "\"symbol\": \"\",")
                .replace("\"Sensor\": {\"name\": \"HMP155\",", "\"Sensor\": {")
                .replace("\"ObservedProperty\": {", "\"phenomenonTime\": \"2020-01-01T00:00:00Z\", \"ObservedProperty\": {");
        StaClient.Answer answer = sta.send("POST", "/v1.1/Things", bad, CATC_MANAGER);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText())
                .contains("$.description: must be a string, not number")
                .contains("$.@iot.selfLink: read-only property of a Thing")
                .contains("$.Datastreams[0].phenomenonTime: read-only property of a Datastream")
                .contains("$.Datastreams[0].unitOfMeasurement.symbol: an OM_Measurement is a quantity: it needs a unit symbol")
                .contains("$.Datastreams[0].Sensor.name: missing (mandatory)");
        assertThat(database.count("sampling_feature where name = 'Djougou'")).isZero();
        assertThat(database.count("series where written_through_sta")).isEqualTo(1); // the set-up's only
    }

    @Test
    void aFailureInANestedEntityRollsBackTheEntitiesCreatedBeforeIt() throws Exception {
        // valid one by one, but the second Observation has the key of the first: found only when inserting it
        String twice = weatherStation("Djougou").replace("\"ObservedProperty\": {", """
                "Observations": [{"phenomenonTime": "2021-01-01T00:00:00Z", "result": 1},
                                 {"phenomenonTime": "2021-01-01T00:00:00Z", "result": 2}],
                "ObservedProperty": {""");
        StaClient.Answer answer = sta.send("POST", "/v1.1/Things", twice, CATC_MANAGER);

        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(database.count("sampling_feature where name = 'Djougou'")).isZero();
        assertThat(database.count("series where written_through_sta")).isEqualTo(1); // the set-up's only
        assertThat(database.count("measurement where time = '2021-01-01T00:00:00Z'")).isZero();
    }

    @Test
    void resultsMustMatchTheDatastreamsObservationType() throws Exception {
        StaClient.Answer text = sta.send("POST", observations(),
                "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": \"warm\"}", CATC_MANAGER);
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).contains("$.result: must be a number: the Datastream is an OM_Measurement");
        StaClient.Answer noResult = sta.send("POST", observations(),
                "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"resultTime\": \"2021-01-02T00:00:00Z\"}", CATC_MANAGER);
        assertThat(noResult.body()).contains("$.result: missing (mandatory)").contains("$.resultTime: must be the end of phenomenonTime");
        StaClient.Answer unknown = sta.send("POST", "/v1.1/Observations",
                "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 1, \"Datastream\": {\"@iot.id\": 424242}}", CATC_MANAGER);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("no Datastream with @iot.id 424242");
        assertThat(sta.send("POST", "/v1.1/Datastreams(424242)/Observations",
                "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 1}", CATC_MANAGER).status()).isEqualTo(404);
    }

    @Test
    void patchMergesAndPutReplacesWithItsMandatoryMembers() throws Exception {
        long thing = post("/v1.1/Things", weatherStation("Djougou"), CATC_MANAGER);
        StaClient.Answer patched = sta.send("PATCH", "/v1.1/Things(" + thing + ")", "{\"description\": \"School weather station\"}",
                CATC_MANAGER);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("description").asText()).isEqualTo("School weather station");
        assertThat(patched.json().get("name").asText()).isEqualTo("Djougou");
        assertThat(patched.json().at("/properties/maintainer").asText()).isEqualTo("IRD Cotonou");

        StaClient.Answer put = sta.send("PUT", "/v1.1/Things(" + thing + ")", "{\"name\": \"Djougou\"}", CATC_MANAGER);
        assertThat(put.status()).isEqualTo(400);
        assertThat(put.body()).contains("$.description: missing (mandatory)");

        long observation = post(observations(), "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 71}", CATC_MANAGER);
        StaClient.Answer corrected = sta.send("PATCH", "/v1.1/Observations(" + observation + ")", "{\"result\": 70.5}", CATC_MANAGER);
        assertThat(corrected.json().get("result").asDouble()).isEqualTo(70.5);
        assertThat(database.count("series where id = " + humidity + " and max_value = 70.5")).isEqualTo(1);
        StaClient.Answer moved = sta.send("PATCH", "/v1.1/Observations(" + observation + ")",
                "{\"phenomenonTime\": \"2030-01-01T00:00:00Z\"}", CATC_MANAGER);
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.body()).contains("is the Observation's key");
        assertThat(sta.send("PATCH", "/v1.1/Observations(" + observation + ")", "[{\"op\": \"replace\"}]", CATC_MANAGER).body())
                .contains("JSON Patch (RFC 6902) is not supported");
    }

    @Test
    void whatADepositLoadedIsChangedByTheDepositOnlyWhileNewDatastreamsMayJoinItsStations() throws Exception {
        StaClient.Answer patch = sta.send("PATCH", "/v1.1/Things(1)", "{\"description\": \"Ara\"}", CATC_MANAGER);
        assertThat(patch.status()).isEqualTo(409);
        assertThat(patch.body()).contains("Things(1) came from a deposit of producer CATC");
        assertThat(sta.send("POST", "/v1.1/Datastreams(1)/Observations", "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 1}",
                CATC_MANAGER).status()).isEqualTo(409);
        assertThat(sta.send("DELETE", "/v1.1/Datastreams(1)", "", CATC_MANAGER).status()).isEqualTo(409);
        assertThat(database.count("measurement where series_id = 1")).isEqualTo(1000);
        // the Datastream of the set-up joined the deposited station Ara
        assertThat(database.count("series where id = " + humidity + " and sampling_feature_id = 1")).isEqualTo(1);
    }

    @Test
    void deletingAThingDeletesItsDatastreamsAndTheirObservations() throws Exception {
        long thing = post("/v1.1/Things", weatherStation("Djougou"), CATC_MANAGER);
        long datastream = firstDatastream(thing);
        post("/v1.1/Datastreams(" + datastream + ")/Observations", "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 1}",
                CATC_MANAGER);

        assertThat(sta.send("DELETE", "/v1.1/Things(" + thing + ")", "", CATC_MANAGER).status()).isEqualTo(200);

        assertThat(sta.get("/v1.1/Things(" + thing + ")").status()).isEqualTo(404);
        assertThat(database.count("series where id = " + datastream)).isZero();
        assertThat(database.count("measurement where series_id = " + datastream)).isZero();
        assertThat(sta.send("DELETE", "/v1.1/Things(" + thing + ")", "", CATC_MANAGER).status()).isEqualTo(404);
    }

    @Test
    void deletingAnObservationRemovesItsRowAndRecomputesTheSummary() throws Exception {
        post(observations(), "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 60}", CATC_MANAGER);
        long last = post(observations(), "{\"phenomenonTime\": \"2021-01-01T01:00:00Z\", \"result\": 80}", CATC_MANAGER);

        assertThat(sta.send("DELETE", "/v1.1/Observations(" + last + ")", "", CATC_MANAGER).status()).isEqualTo(200);

        assertThat(database.count("series where id = " + humidity + " and row_count = 1 and last_time = '2021-01-01T00:00:00Z'"
                + " and max_value = 60")).isEqualTo(1);
        assertThat(sta.get("/v1.1/Observations(" + last + ")").status()).isEqualTo(404);
    }

    @Test
    void entitySetsThatAreViewsOfThePivotModelAreNotWrittenOnTheirOwn() throws Exception {
        StaClient.Answer answer = sta.send("POST", "/v1.1/Sensors",
                "{\"name\": \"x\", \"description\": \"y\", \"encodingType\": \"application/pdf\", \"metadata\": \"z\"}", CATC_MANAGER);
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.body()).contains("Sensors and ObservedProperties inside their Datastream");
    }
}
