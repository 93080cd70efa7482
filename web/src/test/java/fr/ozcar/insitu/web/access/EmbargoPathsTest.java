package fr.ozcar.insitu.web.access;

import static fr.ozcar.insitu.core.testing.EmbargoedDataset.FLUX_OBSERVATION;
import static fr.ozcar.insitu.core.testing.EmbargoedDataset.FLUX_SERIES;
import static fr.ozcar.insitu.core.testing.EmbargoedDataset.HIDDEN_ROWS;
import static fr.ozcar.insitu.core.testing.EmbargoedDataset.OPEN_ROWS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.testing.EmbargoedDataset;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The embargo over HTTP, on every read path of the server, with a dataset whose rows straddle the
 * window (30 open rows, 30 hidden): anonymous visitors and researchers who are not privileged get none
 * of the hidden rows and no figure that counts them; the privileged user and the producer get them.
 * Who is calling is set by the test through {@link RequestViewer} (sign-in is the identity issue's).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbargoPathsTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Viewer RESEARCHER = new Viewer(Optional.of("r1"), Optional.of("someone@example.org"),
            Set.of(Role.RESEARCHER), Set.of());
    static final Viewer PRIVILEGED = new Viewer(Optional.of("sg"), Optional.of(EmbargoedDataset.PRIVILEGED_EMAIL),
            Set.of(Role.RESEARCHER), Set.of());
    static final Viewer PRODUCER = new Viewer(Optional.of("dm"), Optional.of("dm@example.org"),
            Set.of(Role.DATA_MANAGER), Set.of(EmbargoedDataset.PRODUCER));
    static final List<Viewer> KEPT_OUT = List.of(Viewer.ANONYMOUS, RESEARCHER);
    static final List<Viewer> LET_IN = List.of(PRIVILEGED, PRODUCER);

    @Inject
    @Client("/")
    HttpClient client;

    private volatile Viewer caller = Viewer.ANONYMOUS;

    @MockBean(RequestViewer.class)
    RequestViewer requestViewer() {
        return new RequestViewer() {
            @Override
            public Viewer of(HttpRequest<?> request) {
                return caller;
            }
        };
    }

    @BeforeAll
    void loadTheEmbargoedDataset() {
        EmbargoedDataset.load(database);
    }

    @Test
    void theSeriesDataFileHoldsOnlyTheRowsTheCallerMaySee() {
        for (Viewer viewer : KEPT_OUT) {
            List<String> rows = dataRows(viewer);
            assertThat(rows).hasSize(OPEN_ROWS);
            assertThat(rows).allSatisfy(row -> assertThat(time(row)).isBefore(EmbargoedDataset.hiddenFrom()));
        }
        for (Viewer viewer : LET_IN) {
            assertThat(dataRows(viewer)).hasSize(OPEN_ROWS + HIDDEN_ROWS);
        }
    }

    @Test
    void theProducerListCountsOnlyTheRowsTheCallerMaySee() throws Exception {
        for (Viewer viewer : KEPT_OUT) {
            JsonNode producer = producer(viewer);
            // open: 30 rows of the flux series and 60 of the open series; the recent series shows nothing
            assertThat(producer.get("measurements").asLong()).isEqualTo(OPEN_ROWS + 60);
            assertThat(producer.get("series").asInt()).isEqualTo(3); // metadata stays discoverable
        }
        for (Viewer viewer : LET_IN) {
            assertThat(producer(viewer).get("measurements").asLong()).isEqualTo(OPEN_ROWS + HIDDEN_ROWS + 5 + 60);
        }
    }

    @Test
    void sensorThingsObservationsAndTheirCount() throws Exception {
        String url = "/sta/v1.1/Datastreams(" + FLUX_SERIES + ")/Observations?$count=true&$top=1000&$select=phenomenonTime";
        for (Viewer viewer : KEPT_OUT) {
            JsonNode page = get(viewer, url);
            assertThat(page.get("@iot.count").asLong()).isEqualTo(OPEN_ROWS);
            assertThat(page.findValuesAsText("phenomenonTime"))
                    .allSatisfy(time -> assertThat(Instant.parse(time)).isBefore(EmbargoedDataset.hiddenFrom()));
        }
        for (Viewer viewer : LET_IN) {
            assertThat(get(viewer, url).get("@iot.count").asLong()).isEqualTo(OPEN_ROWS + HIDDEN_ROWS);
        }
    }

    @Test
    void theVariableFacetCountsSeriesWhichStayDiscoverable() throws Exception {
        for (Viewer viewer : List.of(Viewer.ANONYMOUS, RESEARCHER, PRIVILEGED, PRODUCER)) {
            JsonNode facet = get(viewer, "/api/facets/variables");
            assertThat(facet.findValues("series").stream().mapToLong(JsonNode::asLong).max().orElse(0)).isEqualTo(3);
        }
    }

    private List<String> dataRows(Viewer viewer) {
        caller = viewer;
        String body = client.toBlocking().retrieve("/api/series/" + FLUX_OBSERVATION + "/data");
        return body.lines().skip(5).toList();
    }

    private JsonNode producer(Viewer viewer) throws Exception {
        for (JsonNode producer : get(viewer, "/api/producers")) {
            if (producer.get("id").asText().equals(EmbargoedDataset.PRODUCER)) {
                return producer;
            }
        }
        throw new AssertionError("producer " + EmbargoedDataset.PRODUCER + " not listed");
    }

    private JsonNode get(Viewer viewer, String url) throws Exception {
        caller = viewer;
        return JSON.readTree(client.toBlocking().retrieve(url));
    }

    private static Instant time(String dataRow) {
        return Instant.parse(dataRow.split(";", -1)[1]);
    }
}
