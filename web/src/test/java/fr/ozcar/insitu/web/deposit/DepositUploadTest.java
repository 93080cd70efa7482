package fr.ozcar.insitu.web.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.demo.DemoCatalogue;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The upload as data managers and their scripts use it: answers, errors and jobs over HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepositUploadTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    byte[] agrh;

    @BeforeAll
    void writeDeposit() throws Exception {
        agrh = Files.readAllBytes(new DemoGenerator().writeDeposit(
                DemoCatalogue.producers().stream().filter(p -> p.id().equals("AGRH")).findFirst().orElseThrow(),
                Files.createTempDirectory("deposits")));
    }

    @Test
    void curlUploadToTheHistoricalPathWithTheFileNameAppendedImportsAndResendingChangesNothing() throws Exception {
        HttpResponse<String> first = put("/data/AGRH/new/AGRH.zip", agrh);
        assertThat(first.getStatus().getCode()).isIn(200, 201);
        assertThat(first.getHeaders().get("Location")).startsWith("/api/imports/");
        assertThat(first.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo("application/json"));

        HttpResponse<String> again = put("/data/AGRH/new/", agrh);
        assertThat(again.getStatus().getCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(again.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo("application/json"));

        JsonNode job = JSON.readTree(client.toBlocking().retrieve(again.getHeaders().get("Location")));
        assertThat(job.path("status").asText()).isEqualTo("succeeded");
        assertThat(job.path("filesDone").asInt()).isEqualTo(job.path("filesTotal").asInt());
    }

    @Test
    void theJobTellsItsTimesInIso8601Utc() throws Exception {
        HttpClientResponseException rejected = assertThrows(HttpClientResponseException.class,
                () -> put("/data/AGRH/new/", "not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String jobUrl = JSON.readTree(rejected.getResponse().getBody(String.class).orElseThrow()).path("instance").asText();

        JsonNode job = JSON.readTree(client.toBlocking().retrieve(jobUrl));
        for (String time : new String[] {"createdAt", "startedAt", "finishedAt"}) {
            assertThat(job.path(time).isTextual()).as(time).isTrue();
            assertThat(java.time.Instant.parse(job.path(time).asText())).as(time).isNotNull();
            assertThat(job.path(time).asText()).as(time).endsWith("Z");
        }
    }

    @Test
    void theJobNamesTheUploadedFileNotItsCopyOnTheServer() throws Exception {
        HttpClientResponseException rejected = assertThrows(HttpClientResponseException.class,
                () -> put("/data/AGRH/new/AGRH-2024.zip", "not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String jobUrl = JSON.readTree(rejected.getResponse().getBody(String.class).orElseThrow()).path("instance").asText();

        assertThat(JSON.readTree(client.toBlocking().retrieve(jobUrl)).path("source").asText()).isEqualTo("AGRH-2024.zip");
    }

    @Test
    void aDepositSentForAnotherProducerIsRejectedAsProblemJsonNamingTheFieldAndWritesNothing() throws Exception {
        long producersBefore = database.count("producer");
        HttpClientResponseException rejected = assertThrows(HttpClientResponseException.class,
                () -> put("/data/OHGE/new/", agrh));

        assertThat(rejected.getStatus().getCode()).isEqualTo(422);
        assertThat(rejected.getResponse().getContentType().orElseThrow().toString())
                .isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(rejected.getResponse().getBody(String.class).orElseThrow());
        assertThat(problem.path("status").asInt()).isEqualTo(422);
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("producer-id-mismatch");
        assertThat(problem.path("errors").get(0).path("jsonPath").asText()).isEqualTo("$.producer.producerId");
        assertThat(database.count("producer")).isEqualTo(producersBefore);
        assertThat(database.count("series where observation_id like 'OHGE%'")).isZero();
    }

    @Test
    void aDryRunOnEveryUploadRouteGivesTheFullReportAndWritesNothing() throws Exception {
        byte[] osrc = Files.readAllBytes(new DemoGenerator().writeDeposit(DemoCatalogue.producers().stream()
                .filter(p -> p.id().equals("OSRC")).findFirst().orElseThrow(), Files.createTempDirectory("dry")));

        for (String route : new String[] {"/data/OSRC/new/?dryRun=true", "/data/OSRC/new/OSRC.zip?dryRun=true",
                "/api/producers/OSRC/deposits?dryRun=true"}) {
            HttpResponse<String> answer = put(route, osrc);
            assertThat(answer.getStatus().getCode()).as(route).isEqualTo(200);
            JsonNode report = JSON.readTree(answer.body());
            assertThat(report.path("outcome").asText()).as(route).isEqualTo("VALIDATED");
            assertThat(report.path("series").asInt()).isEqualTo(16);
        }
        HttpClientResponseException rejected = assertThrows(HttpClientResponseException.class,
                () -> put("/data/OHGE/new/?dryRun=true", osrc));
        assertThat(rejected.getStatus().getCode()).isEqualTo(422);

        assertThat(database.count("producer where id = 'OSRC'")).isZero();
        assertThat(database.count("series where observation_id like 'OSRC%'")).isZero();
        assertThat(database.count("measurement m join series s on s.id = m.series_id"
                + " where s.observation_id like 'OSRC%'")).isZero();
    }

    @Test
    void aBodyThatIsNotAZipIsRejectedWithA4xxNotA500() {
        HttpClientResponseException rejected = assertThrows(HttpClientResponseException.class,
                () -> put("/api/producers/AGRH/deposits", "this is not a zip".getBytes()));
        assertThat(rejected.getStatus().getCode()).isBetween(400, 499);
    }

    @Test
    void aBrowserFormCarryingOneFileHasThatFileReadAsTheDeposit() throws Exception {
        var zipWithoutMetadata = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(zipWithoutMetadata)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("README.txt"));
            zip.write("no metadata file".getBytes());
        }

        java.net.http.HttpResponse<String> rejected = postForm("/api/producers/AGRH/deposits", "comment", null,
                "v2".getBytes(), "deposit", "AGRH.zip", zipWithoutMetadata.toByteArray());

        assertThat(rejected.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(rejected.body());
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("metadata-missing");
    }

    @Test
    void aBrowserFormCarryingSeveralFilesIsRefusedNamingThemAndWritesNothing() throws Exception {
        long jobsBefore = database.count("import_job");

        java.net.http.HttpResponse<String> rejected = postForm("/api/producers/AGRH/deposits", "files",
                "AGRH_en.json", "{}".getBytes(), "files", "AGRH_OBS_KER_TA2.txt",
                "#Date_of_extraction;2024-04-30T00:00:00Z;\n".getBytes());

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(rejected.body()).path("detail").asText())
                .contains("one file, the deposit zip").contains("2: AGRH_en.json, AGRH_OBS_KER_TA2.txt");
        assertThat(database.count("import_job")).isEqualTo(jobsBefore);
    }

    /**
     * A body as a browser's form sends it: two parts, each a field, or a file when it has a file name.
     * Sent with the JDK's client: Micronaut's would encode a multipart body itself.
     */
    private java.net.http.HttpResponse<String> postForm(String path, String field1, String file1, byte[] content1,
                                                        String field2, String file2, byte[] content2) throws Exception {
        String boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
        var body = new java.io.ByteArrayOutputStream();
        String[][] parts = {{field1, file1}, {field2, file2}};
        byte[][] contents = {content1, content2};
        for (int i = 0; i < 2; i++) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + parts[i][0] + "\""
                    + (parts[i][1] == null ? "" : "; filename=\"" + parts[i][1] + "\"\r\nContent-Type: application/octet-stream")
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(contents[i]);
            body.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", adminAuthorization())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownJobIs404AndAMalformedJobIdIs400() {
        assertThat(assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .retrieve("/api/imports/00000000-0000-0000-0000-000000000000")).getStatus().getCode()).isEqualTo(404);
        assertThat(assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .retrieve("/api/imports/not-a-uuid")).getStatus().getCode()).isEqualTo(400);
    }

    @Test
    void aClientPreferringAnAsynchronousAnswerGetsTheJobAtOnceAndPollsItToTheEnd() throws Exception {
        HttpResponse<String> accepted = client.toBlocking().exchange(HttpRequest.POST("/api/producers/AGRH/deposits", agrh)
                .basicAuth(ADMIN, ADMIN_PASSWORD)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE).header("Prefer", "respond-async, wait=100"), String.class);

        assertThat(accepted.getStatus().getCode()).isEqualTo(202);
        assertThat(accepted.getHeaders().get("Preference-Applied")).isEqualTo("respond-async");
        String jobUrl = accepted.getHeaders().get("Location");
        assertThat(JSON.readTree(accepted.body()).path("producerId").asText()).isEqualTo("AGRH");
        JsonNode job = JSON.readTree(client.toBlocking().retrieve(jobUrl));
        for (int polls = 0; !job.hasNonNull("finishedAt") && polls < 600; polls++) {
            Thread.sleep(100);
            job = JSON.readTree(client.toBlocking().retrieve(jobUrl));
        }
        assertThat(job.path("status").asText()).isEqualTo("succeeded");
        assertThat(job.path("report").path("outcome").asText()).isIn("IMPORTED", "UNCHANGED");
    }

    private HttpResponse<String> put(String path, byte[] body) {
        MutableHttpRequest<byte[]> request = path.startsWith("/api/")
                ? HttpRequest.POST(path, body) : HttpRequest.PUT(path, body);
        return client.toBlocking().exchange(request.contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .basicAuth(ADMIN, ADMIN_PASSWORD), String.class);
    }
}
