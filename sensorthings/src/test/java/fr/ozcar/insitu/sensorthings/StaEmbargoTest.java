package fr.ozcar.insitu.sensorthings;

import static fr.ozcar.insitu.core.testing.EmbargoedDataset.FLUX_SERIES;
import static fr.ozcar.insitu.core.testing.EmbargoedDataset.HIDDEN_ROWS;
import static fr.ozcar.insitu.core.testing.EmbargoedDataset.OPEN_ROWS;
import static fr.ozcar.insitu.core.testing.EmbargoedDataset.RECENT_SERIES;
import static fr.ozcar.insitu.core.testing.EmbargoedDataset.STATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.testing.EmbargoedDataset;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embargo on every SensorThings route: a dataset whose rows straddle the window (30 open rows, 30
 * hidden with values of 1000 and above). Anonymous visitors and researchers who are not privileged
 * meet none of the hidden rows, by no route, count or extent; the privileged user and the producer's
 * data manager meet all of them.
 */
class StaEmbargoTest {

    static final Viewer RESEARCHER = new Viewer(Optional.of("r1"), Optional.of("someone@example.org"),
            Set.of(Role.RESEARCHER), Set.of());
    static final Viewer PRIVILEGED = new Viewer(Optional.of("sg"), Optional.of(EmbargoedDataset.PRIVILEGED_EMAIL),
            Set.of(Role.RESEARCHER), Set.of());
    static final Viewer PRODUCER = new Viewer(Optional.of("dm"), Optional.of("dm@example.org"),
            Set.of(Role.DATA_MANAGER), Set.of(EmbargoedDataset.PRODUCER));
    static final List<Viewer> KEPT_OUT = List.of(Viewer.ANONYMOUS, RESEARCHER);
    static final List<Viewer> LET_IN = List.of(PRIVILEGED, PRODUCER);
    /** A result of 1000 or more is a hidden row's (see EmbargoedDataset). */
    static final Pattern HIDDEN_RESULT = Pattern.compile("(?m)(^|[:,\\[])(1\\d{3}|20\\d{2})\\.0($|[,}\\]\\r])");

    static StaClient sta;

    @BeforeAll
    static void load() {
        sta = new StaClient(new StaService(EmbargoedDataset.load(TestDatabase.create()).dataSource(), StaSettings.DEFAULTS));
    }

    @Test
    void observationsOfADatastreamAndTheirCount() {
        String url = "/v1.1/Datastreams(" + FLUX_SERIES + ")/Observations?$count=true&$top=1000&$select=result";
        for (Viewer viewer : KEPT_OUT) {
            JsonNode page = ok(viewer, url);
            assertThat(page.get("@iot.count").asLong()).isEqualTo(OPEN_ROWS);
            assertThat(page.get("value")).hasSize(OPEN_ROWS);
            assertThat(page.toString()).doesNotContainPattern(HIDDEN_RESULT);
        }
        for (Viewer viewer : LET_IN) {
            assertThat(ok(viewer, url).get("@iot.count").asLong()).isEqualTo(OPEN_ROWS + HIDDEN_ROWS);
        }
    }

    @Test
    void theObservationsSetFilteredOnTimeOrResult() {
        String recent = "/v1.1/Observations?$count=true&$filter="
                + encode("phenomenonTime ge " + EmbargoedDataset.hiddenFrom() + " and Datastream/Thing/id eq " + STATION
                + " and Datastream/id ne " + EmbargoedDataset.OPEN_SERIES);
        String large = "/v1.1/Observations?$count=true&$top=0&$filter=" + encode("result ge 1000 and Datastream/id ne "
                + EmbargoedDataset.OPEN_SERIES);
        for (Viewer viewer : KEPT_OUT) {
            assertThat(ok(viewer, recent).get("@iot.count").asLong()).isZero();
            assertThat(ok(viewer, recent).get("value")).isEmpty();
            assertThat(ok(viewer, large).get("@iot.count").asLong()).isZero();
        }
        for (Viewer viewer : LET_IN) {
            assertThat(ok(viewer, recent).get("@iot.count").asLong()).isEqualTo(HIDDEN_ROWS + 5);
            assertThat(ok(viewer, large).get("@iot.count").asLong()).isEqualTo(HIDDEN_ROWS + 5);
        }
    }

    @Test
    void aHiddenObservationByIdAndItsNavigationAreNotFound() {
        long id = observationId(FLUX_SERIES, EmbargoedDataset.hiddenFrom().plusSeconds(12 * 3600));
        for (Viewer viewer : KEPT_OUT) {
            assertThat(sta.get(viewer, "/v1.1/Observations(" + id + ")").status()).isEqualTo(404);
            assertThat(sta.get(viewer, "/v1.1/Observations(" + id + ")/Datastream").status()).isEqualTo(404);
            assertThat(sta.get(viewer, "/v1.1/Observations(" + id + ")/result/$value").status()).isEqualTo(404);
        }
        for (Viewer viewer : LET_IN) {
            assertThat(ok(viewer, "/v1.1/Observations(" + id + ")").get("result").asDouble()).isGreaterThanOrEqualTo(1000);
        }
        long open = observationId(FLUX_SERIES, EmbargoedDataset.hiddenFrom().minusSeconds(12 * 3600));
        assertThat(ok(Viewer.ANONYMOUS, "/v1.1/Observations(" + open + ")").get("result").asDouble()).isLessThan(1000);
    }

    @Test
    void expandedObservationsWithTheirCount() {
        String url = "/v1.1/Things(" + STATION + ")?$expand=Datastreams($filter=id ne " + EmbargoedDataset.OPEN_SERIES
                + ";$expand=Observations($count=true;$top=1000;$select=result))";
        url = "/v1.1/Things(" + STATION + ")?$expand=" + encode(url.substring(url.indexOf("=") + 1));
        for (Viewer viewer : KEPT_OUT) {
            JsonNode thing = ok(viewer, url);
            assertThat(thing.toString()).doesNotContainPattern(HIDDEN_RESULT);
            assertThat(thing.findValues("Observations@iot.count")).extracting(JsonNode::asLong)
                    .containsExactlyInAnyOrder((long) OPEN_ROWS, 0L);
        }
        for (Viewer viewer : LET_IN) {
            assertThat(ok(viewer, url).findValues("Observations@iot.count")).extracting(JsonNode::asLong)
                    .containsExactlyInAnyOrder((long) OPEN_ROWS + HIDDEN_ROWS, 5L);
        }
    }

    @Test
    void datastreamExtentsEndBeforeTheWindow() {
        for (Viewer viewer : KEPT_OUT) {
            JsonNode flux = ok(viewer, "/v1.1/Datastreams(" + FLUX_SERIES + ")");
            assertThat(end(flux.get("phenomenonTime").asText())).isBefore(EmbargoedDataset.hiddenFrom());
            assertThat(end(flux.get("resultTime").asText())).isBefore(EmbargoedDataset.hiddenFrom());
            JsonNode recent = ok(viewer, "/v1.1/Datastreams(" + RECENT_SERIES + ")");
            JsonNode extent = recent.get("phenomenonTime");
            assertThat(extent == null || extent.isNull()).as(recent.toString()).isTrue();
            // nor can a filter on the extent find what it hides
            assertThat(ok(viewer, "/v1.1/Datastreams?$count=true&$filter="
                    + encode("phenomenonTime ge " + EmbargoedDataset.hiddenFrom())).get("@iot.count").asLong()).isZero();
            assertThat(end(ok(viewer, "/v1.1/Things(" + STATION + ")/HistoricalLocations").at("/value/0/time").asText()))
                    .isBefore(EmbargoedDataset.hiddenFrom());
        }
        Instant yesterdayNoon = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
        for (Viewer viewer : LET_IN) {
            assertThat(end(ok(viewer, "/v1.1/Datastreams(" + FLUX_SERIES + ")").get("phenomenonTime").asText()))
                    .isEqualTo(yesterdayNoon);
            assertThat(ok(viewer, "/v1.1/Datastreams(" + RECENT_SERIES + ")").get("phenomenonTime").asText()).isNotEmpty();
        }
    }

    @Test
    void datastreamsFilteredOnTheirObservations() {
        String url = "/v1.1/Datastreams?$count=true&$filter=" + encode("Observations/result ge 1000 and id ne "
                + EmbargoedDataset.OPEN_SERIES);
        for (Viewer viewer : KEPT_OUT) {
            assertThat(ok(viewer, url).get("@iot.count").asLong()).isZero();
        }
        for (Viewer viewer : LET_IN) {
            assertThat(ok(viewer, url).get("@iot.count").asLong()).isEqualTo(2);
        }
    }

    @Test
    void dataArrayCsvAndGeoJson() {
        String base = "/v1.1/Datastreams(" + FLUX_SERIES + ")/Observations?$top=1000&$select=result,phenomenonTime&$resultFormat=";
        for (Viewer viewer : KEPT_OUT) {
            JsonNode dataArray = ok(viewer, base + "dataArray");
            assertThat(dataArray.at("/value/0/dataArray")).hasSize(OPEN_ROWS);
            assertThat(dataArray.toString()).doesNotContainPattern(HIDDEN_RESULT);
            String csv = sta.get(viewer, base + "csv").body();
            assertThat(csv.lines().count()).isEqualTo(OPEN_ROWS + 1);
            assertThat(csv).doesNotContainPattern(HIDDEN_RESULT);
            JsonNode geoJson = ok(viewer, base + "GeoJSON");
            assertThat(geoJson.get("features")).hasSize(OPEN_ROWS);
        }
        for (Viewer viewer : LET_IN) {
            assertThat(sta.get(viewer, base + "csv").body().lines().count()).isEqualTo(OPEN_ROWS + HIDDEN_ROWS + 1);
            assertThat(ok(viewer, base + "GeoJSON").get("features")).hasSize(OPEN_ROWS + HIDDEN_ROWS);
        }
    }

    @Test
    void theDatasetsMetadataStaysDiscoverable() {
        for (Viewer viewer : KEPT_OUT) {
            assertThat(ok(viewer, "/v1.1/Things(" + STATION + ")/Datastreams?$count=true").get("@iot.count").asLong())
                    .isEqualTo(3);
        }
    }

    private static JsonNode ok(Viewer viewer, String url) {
        StaClient.Answer answer = sta.get(viewer, url);
        assertThat(answer.status()).as(url + " -> " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Instant end(String time) {
        Matcher interval = Pattern.compile(".*/(.*)").matcher(time);
        return Instant.parse(interval.matches() ? interval.group(1) : time);
    }

    /** As sta_observation_id: series id in the high bits, seconds since 1800 in the low 34. */
    private static long observationId(int series, Instant time) {
        return ((long) series << 34) + time.getEpochSecond() + 5364662400L;
    }
}
