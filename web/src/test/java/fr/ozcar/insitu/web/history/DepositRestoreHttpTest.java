package fr.ozcar.insitu.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.demo.DemoCatalogue;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.web.access.RequestViewer;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The accident undone over HTTP: a tiny deposit replaces AGRH's demo data (16 series, 350 400
 * rows → 1 series, 3 rows); its data manager lists the versions and restores the previous one, and
 * SensorThings shows the same Datastreams and Things, with the same ids, and the same values.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepositRestoreHttpTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Viewer AGRH_MANAGER = new Viewer(Optional.of("dm"), Optional.of("dm@agrhys.example"),
            Set.of(Role.DATA_MANAGER), Set.of("AGRH"));
    static final Viewer CATC_MANAGER = new Viewer(Optional.of("dm2"), Optional.of("dm@catc.example"),
            Set.of(Role.DATA_MANAGER), Set.of("CATC"));
    static final Viewer RESEARCHER = new Viewer(Optional.of("r"), Optional.of("r@example.org"),
            Set.of(Role.RESEARCHER), Set.of());

    @Inject
    @Client("/")
    HttpClient client;

    private volatile Viewer caller = Viewer.ANONYMOUS;

    /** The demo import of AGRH takes longer than the client's default 10 s on a busy machine: wait for it. */
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.http.client.read-timeout", "180s", "insitu.import.wait", "170s");
    }

    @MockBean(RequestViewer.class)
    RequestViewer requestViewer() {
        return new RequestViewer() {
            @Override
            public Viewer of(HttpRequest<?> request) {
                return caller;
            }
        };
    }

    @Test
    void aBadDepositIsUndoneByItsDataManagerWithTheSameIdsAndValues() throws Exception {
        caller = AGRH_MANAGER;
        Path folder = Files.createTempDirectory("agrh");
        Path good = new DemoGenerator().writeDeposit(DemoCatalogue.producers().stream()
                .filter(p -> p.id().equals("AGRH")).findFirst().orElseThrow(), folder);
        assertThat(put(Files.readAllBytes(good)).getStatus().getCode()).isEqualTo(201);
        Map<String, String> datastreams = datastreams();
        String things = get("/sta/v1.1/Things?$select=id,name&$orderby=id").get("value").toString();
        JsonNode before = producer();
        String firstSeries = datastreams.values().iterator().next();
        String dataFile = withoutExtractionDate(client.toBlocking().retrieve("/api/series/" + firstSeries + "/data"));

        caller = AGRH_MANAGER;
        assertThat(put(badDeposit(good)).getStatus().getCode()).isEqualTo(201);
        assertThat(producer().get("series").asInt()).isEqualTo(1);
        assertThat(producer().get("measurements").asLong()).isEqualTo(3);

        caller = AGRH_MANAGER;
        JsonNode versions = get("/api/producers/AGRH/versions");
        assertThat(versions).hasSize(1);
        assertThat(versions.at("/0/series").asInt()).isEqualTo(before.get("series").asInt());
        HttpResponse<String> restored = client.toBlocking().exchange(
                HttpRequest.POST("/api/producers/AGRH/versions/" + versions.at("/0/id").asLong() + "/restore", ""), String.class);
        assertThat(restored.getStatus().getCode()).isEqualTo(200);
        assertThat(JSON.readTree(restored.body()).get("revision").asInt()).isEqualTo(3);

        caller = Viewer.ANONYMOUS;
        assertThat(datastreams()).isEqualTo(datastreams);
        assertThat(get("/sta/v1.1/Things?$select=id,name&$orderby=id").get("value").toString()).isEqualTo(things);
        JsonNode after = producer();
        assertThat(after.get("series")).isEqualTo(before.get("series"));
        assertThat(after.get("measurements")).isEqualTo(before.get("measurements"));
        assertThat(after.get("lastTime")).isEqualTo(before.get("lastTime"));
        assertThat(withoutExtractionDate(client.toBlocking().retrieve("/api/series/" + firstSeries + "/data")))
                .isEqualTo(dataFile);
    }

    @Test
    void onlyAnAdministratorOrTheProducersDataManagerSeesAndRestoresVersions() {
        Map<Viewer, Integer> expected = Map.of(Viewer.ANONYMOUS, 401, RESEARCHER, 403, CATC_MANAGER, 403);
        for (Map.Entry<Viewer, Integer> refused : expected.entrySet()) {
            caller = refused.getKey();
            assertThat(status(HttpRequest.GET("/api/producers/AGRH/versions"))).isEqualTo(refused.getValue());
            assertThat(status(HttpRequest.POST("/api/producers/AGRH/versions/1/restore", ""))).isEqualTo(refused.getValue());
        }
        caller = new Viewer(Optional.of("admin"), Optional.empty(), Set.of(Role.ADMINISTRATOR), Set.of());
        assertThat(status(HttpRequest.GET("/api/producers/AGRH/versions"))).isEqualTo(200);
        assertThat(status(HttpRequest.POST("/api/producers/AGRH/versions/999999/restore", ""))).isEqualTo(404);
    }

    /** Datastream id → observation id. */
    private Map<String, String> datastreams() throws Exception {
        Map<String, String> ids = new TreeMap<>();
        for (JsonNode datastream : get("/sta/v1.1/Datastreams?$select=id,properties&$top=1000").get("value")) {
            ids.put(datastream.get("@iot.id").asText(), datastream.at("/properties/observationId").asText());
        }
        for (JsonNode multi : get("/sta/v1.1/MultiDatastreams?$select=id,properties&$top=1000").get("value")) {
            ids.put(multi.get("@iot.id").asText(), multi.at("/properties/observationId").asText());
        }
        return ids;
    }

    private JsonNode producer() throws Exception {
        for (JsonNode producer : get("/api/producers")) {
            if (producer.get("id").asText().equals("AGRH")) {
                return producer;
            }
        }
        throw new AssertionError("AGRH is not listed");
    }

    /** The demo deposit cut down to its first series with three rows. */
    private static byte[] badDeposit(Path good) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            ObjectNode metadata = (ObjectNode) JSON.readTree(zip.getInputStream(zip.getEntry("AGRH_en.json")));
            ArrayNode datasets = (ArrayNode) metadata.get("datasets");
            while (datasets.size() > 1) {
                datasets.remove(1);
            }
            ArrayNode observations = (ArrayNode) datasets.at("/0/observations");
            while (observations.size() > 1) {
                observations.remove(1);
            }
            String datasetId = datasets.at("/0/datasetId").asText();
            String observationId = observations.at("/0/observationId").asText();
            out.putNextEntry(new ZipEntry("AGRH_en.json"));
            out.write(JSON.writeValueAsBytes(metadata));
            out.closeEntry();
            byte[] datasetZip = zip.getInputStream(zip.getEntry(datasetId + ".zip")).readAllBytes();
            out.putNextEntry(new ZipEntry(datasetId + ".zip"));
            out.write(cutDataset(datasetZip, observationId));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] cutDataset(byte[] datasetZip, String observationId) throws Exception {
        Path file = Files.createTempFile("dataset", ".zip");
        Files.write(file, datasetZip);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().contains(observationId)).findFirst().orElseThrow();
            List<String> lines = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            out.putNextEntry(new ZipEntry(entry.getName()));
            out.write((String.join("\n", lines.subList(0, 8)) + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String withoutExtractionDate(String dataFile) {
        return dataFile.substring(dataFile.indexOf('\n') + 1);
    }

    private HttpResponse<String> put(byte[] deposit) {
        return client.toBlocking().exchange(HttpRequest.PUT("/data/AGRH/new/", deposit)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), String.class);
    }

    private JsonNode get(String url) throws Exception {
        return JSON.readTree(client.toBlocking().retrieve(url));
    }

    private int status(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
