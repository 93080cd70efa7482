package fr.ozcar.insitu.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemHandlersTest extends ServerOnTestDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void anUnknownPathIsAProblemDocumentNotAStackTrace() {
        HttpClientResponseException error = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/no/such/thing"), String.class));
        assertThat(error.getStatus().getCode()).isEqualTo(404);
        assertThat(error.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        assertThat(error.getResponse().getBody(String.class)).hasValueSatisfying(
                body -> assertThat(body).contains("\"status\":404").doesNotContain("Exception"));
    }

    @Test
    void aMethodTheResourceDoesNotTakeIsA405ThatListsTheAllowedOnes() {
        HttpClientResponseException error = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.OPTIONS("/sta/v1.1/Things"), String.class));
        assertThat(error.getStatus().getCode()).isEqualTo(405);
        assertThat(error.getResponse().getHeaders().get("Allow")).contains("GET");
        assertThat(error.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
    }
}
