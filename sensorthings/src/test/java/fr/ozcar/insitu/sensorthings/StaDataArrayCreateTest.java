package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import fr.ozcar.insitu.sensorthings.write.StaWriter;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DataArray create ({@code POST CreateObservations}, OGC 18-088 §14.2.2): every row, or none. */
class StaDataArrayCreateTest {

    private TestDatabase database;
    private StaClient sta;
    private long humidity;

    @BeforeEach
    void load() {
        database = StaFixture.embedded();
        StaService reader = new StaService(database.dataSource(), StaSettings.DEFAULTS);
        sta = new StaClient(reader, new StaWriter(database.dataSource(), reader, false));
        StaClient.Answer created = sta.send("POST", "/v1.1/Things(1)/Datastreams", StaWriteTest.HUMIDITY, StaWriteTest.CATC_MANAGER);
        humidity = created.json().get("@iot.id").asLong();
    }

    /** A logger's backlog: one row a minute from 2021-01-01, values 40..99 %, row {@code bad} (if any) a text. */
    private String backlog(int rows, int bad) {
        StringBuilder body = new StringBuilder("[{\"Datastream\": {\"@iot.id\": " + humidity + "},"
                + " \"components\": [\"phenomenonTime\", \"result\", \"resultQuality\"], \"dataArray@iot.count\": " + rows
                + ", \"dataArray\": [");
        Instant start = Instant.parse("2021-01-01T00:00:00Z");
        for (int i = 0; i < rows; i++) {
            body.append(i == 0 ? "" : ",").append("[\"").append(start.plusSeconds(60L * i)).append("\", ")
                    .append(i == bad ? "\"n/a\"" : String.valueOf(40 + i % 60)).append(", \"11\"]");
        }
        return body.append("]}]").toString();
    }

    @Test
    void aHundredThousandRowsLandInOneRequestAndAnswerTheirSelfLinksInOrder() throws Exception {
        StaClient.Answer answer = sta.send("POST", "/v1.1/CreateObservations", backlog(100_000, -1), StaWriteTest.CATC_MANAGER);

        assertThat(answer.status()).as(answer.body().substring(0, Math.min(500, answer.body().length()))).isEqualTo(201);
        JsonNode links = answer.json();
        assertThat(links).hasSize(100_000);
        assertThat(database.count("measurement where series_id = " + humidity)).isEqualTo(100_000);
        assertThat(database.count("series where id = " + humidity + " and row_count = 100000 and max_value = 99")).isEqualTo(1);
        JsonNode first = sta.get(links.get(0).asText()).json();
        assertThat(first.get("phenomenonTime").asText()).isEqualTo("2021-01-01T00:00:00Z");
        assertThat(first.get("result").asDouble()).isEqualTo(40);
    }

    @Test
    void oneBadRowAmongAHundredThousandWritesNoneAndNamesTheRow() throws Exception {
        StaClient.Answer answer = sta.send("POST", "/v1.1/CreateObservations", backlog(100_000, 73_512), StaWriteTest.CATC_MANAGER);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).isEqualTo("$[0].dataArray[73512].result: must be a number:"
                + " the Datastream is an OM_Measurement (got string \"n/a\")");
        assertThat(database.count("measurement where series_id = " + humidity)).isZero();
    }

    @Test
    void aRowRepeatingAnExistingObservationWritesNone() throws Exception {
        sta.send("POST", "/v1.1/Datastreams(" + humidity + ")/Observations",
                "{\"phenomenonTime\": \"2021-01-01T00:05:00Z\", \"result\": 50}", StaWriteTest.CATC_MANAGER);

        StaClient.Answer answer = sta.send("POST", "/v1.1/CreateObservations", backlog(1_000, -1), StaWriteTest.CATC_MANAGER);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).contains("1 rows of the DataArray").contains("nothing was written");
        assertThat(database.count("measurement where series_id = " + humidity)).isEqualTo(1);
    }

    @Test
    void rowsForADatastreamOfAnotherProducerAreRefused() throws Exception {
        StaClient.Answer answer = sta.send("POST", "/v1.1/CreateObservations", backlog(10, -1), StaWriteTest.AGRH_MANAGER);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(database.count("measurement where series_id = " + humidity)).isZero();
    }
}
