package fr.ozcar.insitu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.web.testing.OidcProvider;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8, acceptance 1: each role, signed in through a real OpenID Connect provider, on each endpoint
 * family. A status other than 401/403 means the request got past the access check (the bodies sent are
 * deliberately invalid, so that nothing is imported: 422, 400, 404 are what an allowed caller gets).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleEndpointMatrixTest extends ServerOnTestDatabase {

    enum Who { ANONYMOUS, RESEARCHER, AGRH_DATA_MANAGER, ADMINISTRATOR }

    /** One endpoint family: the request, and the expected status for each {@link Who}, in order. */
    record Endpoint(String name, String method, String path, String contentType, String body, int... expected) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("deposit (historical PUT)", "PUT", "/data/AGRH/new/", "application/zip", "not a zip", 401, 403, 422, 422),
            new Endpoint("deposit for another producer", "PUT", "/data/OSRC/new/", "application/zip", "not a zip", 401, 403, 403, 422),
            new Endpoint("deposit (REST POST)", "POST", "/api/producers/AGRH/deposits", "application/zip", "not a zip", 401, 403, 422, 422),
            new Endpoint("vocabulary upload", "PUT", "/thesaurus/vocabularies/ozcar-theia", "text/turtle", "<urn:a> <urn:b> \"x ;", 401, 403, 403, 400),
            new Endpoint("variable override save", "PUT", "/api/variables/overrides", "application/json", "{}", 401, 403, 403, 400),
            new Endpoint("variable override delete", "DELETE", "/api/variables/overrides?producerId=ABCD&propertyName=x&unit=V", null, null, 401, 403, 403, 404),
            new Endpoint("producer credentials", "POST", "/api/admin/producers/abc/credentials", null, "", 401, 403, 403, 400),
            new Endpoint("role grants", "PUT", "/api/admin/accounts/someone/grants", "application/json", "{\"roles\": [\"NOPE\"]}", 401, 403, 403, 400),
            new Endpoint("accounts list", "GET", "/api/admin/accounts", null, null, 401, 403, 403, 200),
            new Endpoint("audit log", "GET", "/api/admin/audit", null, null, 401, 403, 403, 200),
            new Endpoint("everyone's tokens", "GET", "/api/tokens?all=true", null, null, 401, 403, 403, 200),
            new Endpoint("own tokens", "GET", "/api/tokens", null, null, 401, 200, 200, 200),
            new Endpoint("token for a producer one does not manage", "POST", "/api/tokens", "application/json", "{\"label\": \"x\", \"producerId\": \"OSRC\"}", 401, 403, 403, 201),
            new Endpoint("SensorThings GET", "GET", "/sta/v1.1/Things", null, null, 200, 200, 200, 200),
            new Endpoint("series GET", "GET", "/api/series/NOPE/data", null, null, 404, 404, 404, 404),
            new Endpoint("thesaurus GET", "GET", "/thesaurus/rest/v1/vocabularies?lang=en", null, null, 200, 200, 200, 200),
            new Endpoint("SPARQL query", "POST", "/thesaurus/sparql", "application/sparql-query", "ASK {}", 200, 200, 200, 200),
            new Endpoint("who am I", "GET", "/api/me", null, null, 200, 200, 200, 200));

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Who, String> cookies = new EnumMap<>(Who.class);
    private OidcProvider provider;

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        provider = new OidcProvider();
        return provider.serverProperties();
    }

    @BeforeAll
    void signIn() throws Exception {
        cookies.put(Who.RESEARCHER, provider.signIn(server.getURI(), "r", "r@example.org", List.of("insitu-researchers")).cookie());
        cookies.put(Who.AGRH_DATA_MANAGER, provider.signIn(server.getURI(), "dm", "dm@example.org", List.of("insitu-producer-AGRH")).cookie());
        cookies.put(Who.ADMINISTRATOR, provider.signIn(server.getURI(), "a", "a@example.org", List.of("insitu-administrators")).cookie());
    }

    @AfterAll
    void stopProvider() {
        provider.close();
    }

    Stream<Arguments> matrix() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(Who.values())
                .map(who -> Arguments.of(endpoint.name(), who, endpoint, endpoint.expected()[who.ordinal()])));
    }

    @ParameterizedTest(name = "{0} as {1} -> {3}")
    @MethodSource("matrix")
    void eachRoleGetsTheExpectedStatusOnEachEndpointFamily(String name, Who who, Endpoint endpoint, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(endpoint.path()))
                .method(endpoint.method(), endpoint.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(endpoint.body()));
        if (endpoint.contentType() != null) {
            request.header("Content-Type", endpoint.contentType());
        }
        if (cookies.containsKey(who)) {
            request.header("Cookie", cookies.get(who)).header(SessionCsrfFilter.HEADER, "XMLHttpRequest");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    }

    @Test
    void aCookieAuthenticatedWriteWithoutTheCsrfHeaderIsRefusedAndNothingIsWritten() throws Exception {
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/tokens"))
                .header("Cookie", cookies.get(Who.ADMINISTRATOR)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"forged\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains(SessionCsrfFilter.HEADER);
        assertThat(database.count("api_token where label = 'forged'")).isZero();
    }

    @Test
    void forwardingHeadersFromAClientThatIsNoConfiguredProxyAreIgnored() throws Exception {
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(server.getURI().resolve("/sta/v1.1"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "host=evil.example;proto=https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).doesNotContain("evil.example").contains("http://localhost:" + server.getPort() + "/sta/v1.1/Things");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/thesaurus/", "/api/me", "/sta/v1.1/Things", "/no/such/page")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.getURI().resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            // plain HTTP here: HSTS only over TLS (or when insitu.security.hsts says TLS ends at a proxy)
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }
}
