package fr.ozcar.insitu.web.series;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.sensorthings.StaFixture;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesPlotHttpTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.thesaurus.publish", "false");
    }

    @BeforeAll
    void fixture() {
        StaFixture.load(database);
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(client.toBlocking().retrieve(path));
    }

    private HttpClientResponseException failure(String path) {
        return org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET(path), String.class));
    }

    @Test
    void theWholeSeriesIntoFiftyBucketsCarriesTheExactExtremesAndEveryNumericRow() throws Exception {
        JsonNode plot = get("/api/series/CATC_OBS_TA_Ara/plot?maxPoints=50");

        assertThat(plot.get("aggregated").asBoolean()).isTrue();
        assertThat(plot.get("unit").asText()).isEqualTo("°C");
        assertThat(plot.get("from").asText()).isEqualTo("2020-01-01T00:00:00Z");
        JsonNode buckets = plot.get("buckets");
        assertThat(buckets.size()).isLessThanOrEqualTo(50);
        assertThat(buckets.get(0).get("start").asText()).isEqualTo("2020-01-01T00:00:00Z");
        long count = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (JsonNode bucket : buckets) {
            count += bucket.get("count").asLong();
            min = Math.min(min, bucket.get("min").asDouble());
            max = Math.max(max, bucket.get("max").asDouble());
        }
        assertThat(count).isEqualTo(1000 - 10); // one missing value every 97 hours
        assertThat(min).isEqualTo(20.0);
        assertThat(max).isEqualTo(30.0);
        assertThat(plot.has("points")).isFalse();
    }

    @Test
    void aShortWindowAnswersTheRawRowsWithMissingValuesAndFlags() throws Exception {
        JsonNode plot = get("/api/series/CATC_OBS_TA_Ara/plot?from=2020-01-03T01:00:00Z&to=2020-01-03T03:00:00Z");

        assertThat(plot.get("aggregated").asBoolean()).isFalse();
        JsonNode points = plot.get("points");
        assertThat(points).hasSize(3);
        assertThat(points.get(0).get("time").asText()).isEqualTo("2020-01-03T01:00:00Z");
        assertThat(points.get(1).get("value").isNull()).isTrue(); // hour 50: missing
        assertThat(points.get(1).get("flag").asText()).isEqualTo("13");
    }

    @Test
    void badParametersAreAllReportedAtOnce() throws Exception {
        HttpClientResponseException failure = failure(
                "/api/series/CATC_OBS_TA_Ara/plot?from=yesterday&to=2020-13-01&maxPoints=0");

        assertThat(failure.getStatus().getCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(failure.getResponse().getBody(String.class).orElseThrow());
        assertThat(problem.get("errors").findValuesAsText("parameter")).containsExactly("from", "to", "maxPoints");
    }

    @Test
    void anUnknownSeriesIsNotFound() {
        assertThat(failure("/api/series/CATC_OBS_NOPE/plot").getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void theDataFileTakesAWindowToo() {
        String file = client.toBlocking().retrieve(
                "/api/series/CATC_OBS_TA_Ara/data?from=2020-01-02&to=2020-01-02T02:00:00Z");

        assertThat(file.lines().filter(line -> !line.startsWith("#")).skip(1))
                .extracting(line -> line.split(";")[1])
                .containsExactly("2020-01-02T00:00:00Z", "2020-01-02T01:00:00Z", "2020-01-02T02:00:00Z");
    }
}
