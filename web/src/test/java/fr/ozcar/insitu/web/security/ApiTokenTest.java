package fr.ozcar.insitu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** API tokens: created once-shown, used as Bearer, limited to a producer, listed without secret, revoked. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_A_ZIP = "not a zip";
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Test
    void aTokenLimitedToOneProducerDepositsForItOnlyUntilRevoked() throws Exception {
        JsonNode created = JSON.readTree(create("{\"label\": \"AGRH harvester\", \"producerId\": \"AGRH\"}").body());
        String token = created.path("secret").asText();
        assertThat(token).startsWith("insitu_");

        // 422: past the access check, the body is examined (and is no deposit)
        assertThat(depositWith("AGRH", "Bearer " + token).statusCode()).isEqualTo(422);
        assertThat(depositWith("OSRC", "Bearer " + token).statusCode()).isEqualTo(403);
        // though its owner is an administrator, the token manages AGRH only
        assertThat(send(HttpRequest.newBuilder(server.getURI().resolve("/api/admin/accounts"))
                .header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(403);

        String id = created.path("token").path("id").asText();
        HttpResponse<String> revoked = send(HttpRequest.newBuilder(server.getURI().resolve("/api/tokens/" + id))
                .header("Authorization", adminAuthorization()).DELETE());
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(depositWith("AGRH", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenIsListedWithoutItsSecretAndOnlyItsHashIsStored() throws Exception {
        String token = JSON.readTree(create("{\"label\": \"STA writer\"}").body()).path("secret").asText();
        HttpResponse<String> list = send(HttpRequest.newBuilder(server.getURI().resolve("/api/tokens"))
                .header("Authorization", adminAuthorization()));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("STA writer").doesNotContain(token);
        assertThat(database.count("api_token where encode(secret_hash, 'escape') like '%" + token.substring(7, 20) + "%'")).isZero();
    }

    @Test
    void aForgedOrMalformedTokenIsAnonymous() throws Exception {
        assertThat(depositWith("AGRH", "Bearer insitu_00000000000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAA")
                .statusCode()).isEqualTo(401);
        assertThat(depositWith("AGRH", "Bearer garbage").statusCode()).isEqualTo(401);
    }

    @Test
    void tokenUseIsInTheAuditLog() throws Exception {
        String token = JSON.readTree(create("{\"label\": \"audited\", \"producerId\": \"AGRH\"}").body()).path("secret").asText();
        depositWith("AGRH", "Bearer " + token);
        assertThat(database.count("audit_event where action = 'token-use' and detail like 'PUT /data/AGRH/new%'"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void anonymousCannotCreateAToken() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(server.getURI().resolve("/api/tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"x\"}")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> create(String body) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.getURI().resolve("/api/tokens"))
                .header("Authorization", adminAuthorization()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).isEqualTo(201);
        return response;
    }

    private HttpResponse<String> depositWith(String producer, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(server.getURI().resolve("/data/" + producer + "/new/"))
                .header("Authorization", authorization).PUT(HttpRequest.BodyPublishers.ofString(NOT_A_ZIP)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
