package fr.ozcar.insitu.web.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.sensorthings.StaFixture;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** SensorThings writes over HTTP are refused to anonymous callers while open writes are off (the default). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensorThingsWriteHttpTest extends ServerOnTestDatabase {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void load() {
        StaFixture.load(database);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnonymousPostIsA401ProblemAndWritesNothing() throws Exception {
        HttpResponse<String> answer = send("POST", "/sta/v1.1/Datastreams(1)/Observations",
                "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 21.5}");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("SensorThings writes need an identity");
        assertThat(database.count("measurement where series_id = 1")).isEqualTo(1000);
    }

    @Test
    void anAnonymousDeleteIsA401() throws Exception {
        assertThat(send("DELETE", "/sta/v1.1/Things(1)", "").statusCode()).isEqualTo(401);
        assertThat(database.count("sampling_feature where id = 1")).isEqualTo(1);
    }
}
