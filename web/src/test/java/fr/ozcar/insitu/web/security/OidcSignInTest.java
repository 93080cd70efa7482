package fr.ozcar.insitu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.web.testing.OidcProvider;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sign-in through a real OpenID Connect provider: PKCE, role mapping, sessions across instances, logout. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private OidcProvider provider;

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        provider = new OidcProvider();
        return provider.serverProperties();
    }

    @AfterAll
    void stopProvider() {
        provider.close();
    }

    @Test
    void signInUsesTheAuthorizationCodeFlowWithPkceFoundByDiscovery() throws Exception {
        OidcProvider.SignIn signIn = provider.signIn(server.getURI(), "alice", "alice@example.org", List.of());
        assertThat(signIn.authorization().toString()).startsWith(provider.issuer())
                .contains("response_type=code", "code_challenge=", "code_challenge_method=S256", "client_id=insitu");
        assertThat(signIn.setCookie()).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void theProvidersGroupsBecomeRolesAndManagedProducers() throws Exception {
        String cookie = provider.signIn(server.getURI(), "bob", "bob@example.org",
                List.of("insitu-producer-AGRH", "insitu-researchers", "unrelated")).cookie();
        JsonNode me = JSON.readTree(get("/api/me", cookie).body());
        assertThat(me.path("subject").asText()).isEqualTo("bob");
        assertThat(me.path("email").asText()).isEqualTo("bob@example.org");
        assertThat(me.path("roles").toString()).contains("DATA_MANAGER", "RESEARCHER").doesNotContain("ADMINISTRATOR");
        assertThat(me.path("managedProducers").toString()).isEqualTo("[\"AGRH\"]");
    }

    @Test
    void rolesAnAdministratorGrantedToTheSubjectAreAdded() throws Exception {
        HttpResponse<String> granted = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/admin/accounts/carol/grants"))
                .header("Authorization", adminAuthorization()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\": [\"DATA_MANAGER\"], \"managedProducers\": [\"OSRC\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(granted.statusCode()).isEqualTo(200);
        String cookie = provider.signIn(server.getURI(), "carol", "carol@example.org", List.of()).cookie();
        assertThat(JSON.readTree(get("/api/me", cookie).body()).path("managedProducers").toString()).isEqualTo("[\"OSRC\"]");
    }

    @Test
    void aSessionIsAcceptedByAnotherInstanceOnTheSameDatabase() throws Exception {
        String cookie = provider.signIn(server.getURI(), "dave", "dave@example.org", List.of("insitu-administrators")).cookie();
        Map<String, Object> properties = new HashMap<>(provider.serverProperties());
        properties.put("datasources.default.url", database.url());
        properties.put("datasources.default.username", "postgres");
        properties.put("insitu.demo.load-on-first-start", "false");
        properties.put("insitu.data-dir", Files.createTempDirectory("insitu-second-instance").toString());
        properties.put("insitu.admin-password", ADMIN_PASSWORD);
        properties.put("micronaut.server.port", "-1");
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties)) {
            JsonNode me = JSON.readTree(get(second.getURI(), "/api/me", cookie).body());
            assertThat(me.path("subject").asText()).isEqualTo("dave");
            assertThat(me.path("roles").toString()).contains("ADMINISTRATOR");
        }
    }

    @Test
    void aTamperedSessionCookieIsAnonymous() throws Exception {
        String cookie = provider.signIn(server.getURI(), "eve", "eve@example.org", List.of()).cookie();
        String[] jwt = cookie.substring("JWT=".length()).split("\\.");
        String forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"eve\",\"roles\":[\"ADMINISTRATOR\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String forged = "JWT=" + jwt[0] + "." + forgedClaims + "." + jwt[2];
        assertThat(JSON.readTree(get("/api/me", forged).body()).path("anonymous").asBoolean()).isTrue();
    }

    @Test
    void signingOutClearsTheSessionCookie() throws Exception {
        String cookie = provider.signIn(server.getURI(), "frank", "frank@example.org", List.of()).cookie();
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(server.getURI().resolve("/logout"))
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isIn(200, 303, 302);
        assertThat(logout.headers().allValues("Set-Cookie")).anySatisfy(cleared ->
                assertThat(cleared).startsWith("JWT=").containsIgnoringCase("Max-Age=0"));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return get(server.getURI(), path, cookie);
    }

    private HttpResponse<String> get(URI base, String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
