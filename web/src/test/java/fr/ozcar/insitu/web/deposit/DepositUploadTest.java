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
    void aBodyThatIsNotAZipIsRejectedWithA4xxNotA500() {
        HttpClientResponseException rejected = assertThrows(HttpClientResponseException.class,
                () -> put("/api/producers/AGRH/deposits", "this is not a zip".getBytes()));
        assertThat(rejected.getStatus().getCode()).isBetween(400, 499);
    }

    @Test
    void anUnknownJobIs404AndAMalformedJobIdIs400() {
        assertThat(assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .retrieve("/api/imports/00000000-0000-0000-0000-000000000000")).getStatus().getCode()).isEqualTo(404);
        assertThat(assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .retrieve("/api/imports/not-a-uuid")).getStatus().getCode()).isEqualTo(400);
    }

    private HttpResponse<String> put(String path, byte[] body) {
        MutableHttpRequest<byte[]> request = path.startsWith("/api/")
                ? HttpRequest.POST(path, body) : HttpRequest.PUT(path, body);
        return client.toBlocking().exchange(request.contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), String.class);
    }
}
