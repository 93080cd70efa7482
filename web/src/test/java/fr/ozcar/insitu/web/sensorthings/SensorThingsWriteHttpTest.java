package fr.ozcar.insitu.web.sensorthings;

import static fr.ozcar.insitu.sensorthings.StaWriteTest.HUMIDITY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.sensorthings.StaFixture;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SensorThings writes over HTTP with real identities: a producer's credentials write its entities
 * only; anonymous callers are refused while open writes are off (the default).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensorThingsWriteHttpTest extends ServerOnTestDatabase {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    private String catc;
    private String agrh;

    @BeforeAll
    void load() throws Exception {
        StaFixture.load(database);
        catc = credentials("CATC");
        agrh = credentials("AGRH");
    }

    /** The producer's deposit credentials, issued by the administrator, as an Authorization header. */
    private String credentials(String producer) throws Exception {
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/admin/producers/"
                        + producer + "/credentials")).header("Authorization", adminAuthorization())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String password = new ObjectMapper().readTree(issued.body()).path("password").asText();
        return "Basic " + Base64.getEncoder().encodeToString((producer + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, null);
    }

    private HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aProducersCredentialsCreateADatastreamAtItsStationAndAnotherProducersAreRefused() throws Exception {
        HttpResponse<String> created = send("POST", "/sta/v1.1/Things(1)/Datastreams", HUMIDITY, catc);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).matches(".*/sta/v1.1/Datastreams\\(\\d+\\)"));
        HttpResponse<String> refused = send("POST", "/sta/v1.1/Things(1)/Datastreams", HUMIDITY.replace("at Ara", "at Ara 2"), agrh);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(database.count("series where written_through_sta")).isEqualTo(1);
    }

    @Test
    void anAnonymousPostIsA401ProblemAndWritesNothing() throws Exception {
        HttpResponse<String> answer = send("POST", "/sta/v1.1/Datastreams(1)/Observations",
                "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 21.5}");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("Basic realm=\"insitu\""));
        assertThat(answer.body()).contains("SensorThings writes need an identity");
        assertThat(database.count("measurement where series_id = 1")).isEqualTo(1000);
    }

    @Test
    void anAnonymousDeleteIsA401() throws Exception {
        assertThat(send("DELETE", "/sta/v1.1/Things(1)", "").statusCode()).isEqualTo(401);
        assertThat(database.count("sampling_feature where id = 1")).isEqualTo(1);
    }
}
