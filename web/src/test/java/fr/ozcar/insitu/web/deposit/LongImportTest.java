package fr.ozcar.insitu.web.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.demo.DemoCatalogue;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An import that outlasts the wait is answered 202 with a job whose progress can be followed to the end. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongImportTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.import.wait", "0s");
    }

    @Test
    void theUploaderGets202AndFollowsTheJobsProgressUntilItSucceeds() throws Exception {
        byte[] amma = Files.readAllBytes(new DemoGenerator().writeDeposit(DemoCatalogue.producers().get(0),
                Files.createTempDirectory("deposits")));
        HttpResponse<String> accepted = client.toBlocking().exchange(HttpRequest.PUT("/data/AMMA/new/", amma)
                .basicAuth(ADMIN, ADMIN_PASSWORD)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), String.class);
        assertThat(accepted.getStatus().getCode()).isEqualTo(202);
        String jobUrl = accepted.getHeaders().get("Location");

        JsonNode job = JSON.readTree(client.toBlocking().retrieve(jobUrl));
        long lastRows = 0;
        String lastPhase = "";
        for (int polls = 0; polls < 600 && !job.path("status").asText().equals("succeeded"); polls++) {
            assertThat(job.path("status").asText()).isIn("queued", "running");
            if (job.path("phase").asText().equals(lastPhase)) { // rows are counted anew in each phase
                assertThat(job.path("rowsDone").asLong()).isGreaterThanOrEqualTo(lastRows);
            }
            lastPhase = job.path("phase").asText();
            lastRows = job.path("rowsDone").asLong();
            Thread.sleep(100);
            job = JSON.readTree(client.toBlocking().retrieve(jobUrl));
        }
        assertThat(job.path("status").asText()).isEqualTo("succeeded");
        assertThat(job.path("rowsDone").asLong()).isEqualTo(job.path("rowsTotal").asLong()).isPositive();
        assertThat(job.path("report").path("outcome").asText()).isEqualTo("IMPORTED");
    }
}
