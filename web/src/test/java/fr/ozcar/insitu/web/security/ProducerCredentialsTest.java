package fr.ozcar.insitu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.demo.DemoCatalogue;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 8, acceptance 3: {@code curl -u producerId:password -T deposit.zip …/data/{producerId}/new/}
 * works with the producer's credentials and is refused, with nothing written, without them, with wrong
 * ones or for another producer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProducerCredentialsTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    Path agrh;
    String agrhPassword;

    @BeforeAll
    void issueCredentials() throws Exception {
        agrh = new DemoGenerator().writeDeposit(DemoCatalogue.producers().stream()
                .filter(p -> p.id().equals("AGRH")).findFirst().orElseThrow(), Files.createTempDirectory("deposits"));
        HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/api/admin/producers/AGRH/credentials"))
                .header("Authorization", adminAuthorization()).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(issued.statusCode()).isEqualTo(201);
        agrhPassword = JSON.readTree(issued.body()).path("password").asText();
        assertThat(agrhPassword).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void curlWithTheProducersCredentialsDeposits() throws Exception {
        Process curl = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
                "-u", "AGRH:" + agrhPassword, "-T", agrh.toString(), server.getURL() + "/data/AGRH/new/")
                .redirectErrorStream(true).start();
        String status = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor()).isZero();
        assertThat(status).isIn("200", "201");
        assertThat(database.count("producer where id = 'AGRH'")).isEqualTo(1);
    }

    @Test
    void withoutCredentialsA401SaysWhichToGiveAndNothingIsWritten() throws Exception {
        HttpResponse<String> refused = deposit("OSRC", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("Basic realm=\"insitu\"", "Bearer"));
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertNothingWrittenFor("OSRC");
    }

    @Test
    void aWrongPasswordIsA401AndNothingIsWritten() throws Exception {
        assertThat(deposit("OSRC", basic("OSRC", "guessed")).statusCode()).isEqualTo(401);
        assertThat(deposit("OSRC", basic("AGRH", agrhPassword + "x")).statusCode()).isEqualTo(401);
        assertNothingWrittenFor("OSRC");
    }

    @Test
    void oneProducersCredentialsCannotDepositForAnother() throws Exception {
        HttpResponse<String> refused = deposit("OSRC", basic("AGRH", agrhPassword));
        assertThat(refused.statusCode()).isEqualTo(403);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("detail").asText()).contains("OSRC", "Nothing was written");
        assertNothingWrittenFor("OSRC");
    }

    @Test
    void aProducersCredentialsDoNotAdministerAccounts() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/admin/producers/OSRC/credentials"))
                .header("Authorization", basic("AGRH", agrhPassword)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theStoredPasswordIsASaltedBcryptHashNeverTheClearText() throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var row = statement.executeQuery("select password_hash from account where name = 'AGRH'")) {
            row.next();
            assertThat(row.getString(1)).startsWith("$2").doesNotContain(agrhPassword);
        }
    }

    private void assertNothingWrittenFor(String producer) throws Exception {
        assertThat(database.count("producer where id = '" + producer + "'")).isZero();
        assertThat(database.count("import_job where producer_id = '" + producer + "'")).isZero();
    }

    private HttpResponse<String> deposit(String producer, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/data/" + producer + "/new/"))
                .PUT(HttpRequest.BodyPublishers.ofFile(agrh));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return server.getURI().resolve(path);
    }
}
