package fr.ozcar.insitu.web.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.sensorthings.StaFixture;
import fr.ozcar.insitu.sensorthings.entity.ObservationId;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The SensorThings API over HTTP: links on the server's own address, problem+json errors, paging limits. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensorThingsControllerTest extends ServerOnTestDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.sta.max-top", "100000");
    }

    @BeforeAll
    void load() {
        StaFixture.load(database);
    }

    @Test
    void serviceRootLinksUseTheServersAddress() {
        HttpResponse<String> root = client.toBlocking().exchange(HttpRequest.GET("/sta/v1.1"), String.class);
        assertThat(root.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("application/json"));
        assertThat(root.body()).contains("/sta/v1.1/Things\"").contains("\"conformance\"");
    }

    @Test
    void entitiesAndNavigationWithParenthesesInThePath() {
        String body = client.toBlocking().retrieve(HttpRequest.GET("/sta/v1.1/Things(1)/Datastreams?$select=name"));
        assertThat(body).contains("Air Temperature at height 2 m at Ara");
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/sta/v1.0/Things(1)/name/$value"))).isEqualTo("Ara");
    }

    @Test
    void aBadFilterIsAProblemDocumentWithThePosition() {
        HttpClientResponseException error = Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/sta/v1.1/Things?$filter=nme%20eq%201"), String.class));
        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(error.getResponse().getBody(String.class)).hasValueSatisfying(body ->
                assertThat(body).contains("at character 1").doesNotContain("Exception"));
        HttpClientResponseException missing = Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/sta/v1.1/Things(42)"), String.class));
        assertThat(missing.getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void aMissingEntityIsA404ThatSaysWhichOne() {
        HttpClientResponseException parent = Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/sta/v1.1/Things(42)/Datastreams"), String.class));
        assertThat(parent.getStatus().getCode()).isEqualTo(404);
        assertThat(parent.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        assertThat(parent.getResponse().getBody(String.class)).hasValueSatisfying(body ->
                assertThat(body).contains("no Things(42)"));
        HttpClientResponseException elsewhere = Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/no/such/page"), String.class));
        assertThat(elsewhere.getResponse().getBody(String.class)).hasValueSatisfying(body ->
                assertThat(body).contains("No resource at /no/such/page"));
    }

    @Test
    void aNullPropertyIs204WithoutBody() {
        HttpResponse<String> none = client.toBlocking().exchange(
                HttpRequest.GET("/sta/v1.1/Observations(" + ObservationId.encode(2, Instant.parse("2020-01-01T00:30:00Z"))
                        + ")/parameters/$value"), String.class);
        assertThat(none.getStatus().getCode()).isEqualTo(204);
        assertThat(none.getBody()).isEmpty();
    }

    @Test
    void aLargePageStreamsWithTheConfiguredMaximum() {
        String body = client.toBlocking().retrieve(HttpRequest.GET("/sta/v1.1/Observations?$top=4000&$select=result"));
        assertThat(body.split("@iot.selfLink", -1)).hasSize(4001);
        assertThat(body).contains("@iot.nextLink");
    }
}
