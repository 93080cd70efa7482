package fr.ozcar.insitu.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests a hostile or clumsy client sends: each is answered as a precise 4xx problem, never a 500. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest extends ServerOnTestDatabase {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    /** This test's client plays the reverse proxy too. */
    @Override
    protected java.util.Map<String, String> extraProperties() {
        return java.util.Map.of("insitu.security.trusted-proxies", "127.0.0.1,::1");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
        return URI.create(server.getURL() + pathAndQuery);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("Exception", "fr.ozcar", "java.", "`");
    }

    @Test
    void forgedForwardingHeadersNeverBecomeLinksInAnswers() throws Exception {
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/sta/v1.1"))
                .header("X-Forwarded-Proto", "javascript").header("X-Forwarded-Host", "evil.example"));
        assertProblem(forged, 400);

        HttpResponse<String> proxied = send(HttpRequest.newBuilder(uri("/sta/v1.1"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "data.ozcar.example"));
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.body()).contains("\"https://data.ozcar.example/sta/v1.1/Things\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sta/v1.1/Locations?$filter=st_within(location,%20geography'POLYGON((1%202,%203))')",
            "/sta/v1.1/Observations?$filter=phenomenonTime%20gt%202024-13-45T99:00:00Z"})
    void aValueTheDatabaseCannotUseIsA400ThatNeverEchoesTheDatabasesMessage(String pathAndQuery) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(pathAndQuery)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("ERROR:", "PSQL", "Position:", "postgres", "Hint", "invalid input syntax");
    }

    @Test
    void aMalformedJsonBodyIsA400NamingWhereItBreaks() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/variables/overrides"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"producerId\": ")));
        assertProblem(response, 400);
        assertThat(response.body()).contains("not valid JSON", "line 1");
    }

    @Test
    void aJsonBodyOfTheWrongShapeNamesTheFieldNotOurJavaTypes() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/variables/overrides"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"producerId\": \"AMMA\", \"propertyName\": {\"a\": 1}}")));
        assertProblem(response, 400);
        assertThat(response.body()).contains("$.propertyName");
    }

    @Test
    void aSparqlFormWithABrokenPercentEscapeIsA400() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/thesaurus/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("query=%ZZ")));
        assertProblem(response, 400);
    }

    @Test
    void aFederatedSparqlQueryIsRefusedWithoutCallingOut() throws Exception {
        String query = URLEncoder.encode("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/thesaurus/sparql?query=" + query)));
        assertProblem(response, 400);
        assertThat(response.body()).contains("SERVICE");
    }

    @Test
    void aQueryBodyDeclaredTooLargeToHoldInMemoryIsA413BeforeItIsSent() throws Exception {
        // A client that asks "Expect: 100-continue" sends the body only if the headers were accepted.
        // (Java 17's HttpClient hangs on a final answer to Expect, JDK-8286171: speak HTTP on a socket.)
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /thesaurus/sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: " + 11 * 1024 * 1024
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413 ").contains("application/problem+json")
                    .doesNotContain("100 Continue");
        }
    }

    /** As {@code curl -g} sends them: the request target is written on the wire as typed. */
    @ParameterizedTest
    @ValueSource(strings = {"/\"", "/sta/v1.1/Things?$filter=%ZZ", "/api/series/%/data", "/deposit/%E"})
    void anUnencodedQuoteOrPercentInTheUrlIsA400(String target) throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400 ").contains("application/problem+json")
                    .doesNotContain("Exception", "java.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/series/%00/data", "/api/variables/overrides?producerId=%00",
            "/sta/v1.1/Things?$filter=name%20eq%20'%00'", "/thesaurus/rest/v1/ozcar-theia/label?uri=a%00b"})
    void anEncodedNulCharacterIsA400WhereverItIs(String pathAndQuery) throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri(pathAndQuery))), 400);
    }

    @Test
    void anEncodedNulInTheProducerOfAnUploadIsA400() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/data/%00/new/")).PUT(HttpRequest.BodyPublishers.ofString("x"))), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sta/v1.1/Things", "/thesaurus/rest/v1/vocabularies", "/api/facets/variables",
            "/thesaurus/sparql?query=ASK%7B%7D"})
    void aWebPageOfAnyOriginMayReadThePublicData(String pathAndQuery) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Origin", "http://viewer.example"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).hasSize(1);
    }

    @Test
    void aWebPageOfAnyOriginMayPostASparqlQuery() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/thesaurus/sparql")).header("Origin", "http://yasgui.example")
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).hasSize(1);
    }

    @Test
    void aWebPageOfAnotherOriginCannotUploadADeposit() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/data/AGRH/new/")).header("Origin", "http://viewer.example")
                .PUT(HttpRequest.BodyPublishers.ofString("not a zip")));
        assertProblem(response, 403);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aLongSensorThingsFilterIsServed() throws Exception {
        String filter = IntStream.range(0, 1500).mapToObj(i -> "name eq '" + i + "'").collect(Collectors.joining(" or "));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/sta/v1.1/Things?$filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestLineBeyondTheLimitIsAProblemDocument() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/sta/v1.1/Things?$filter=" + "x".repeat(70_000))));
        assertThat(response.statusCode()).isBetween(400, 499);
        assertProblem(response, response.statusCode());
    }
}
