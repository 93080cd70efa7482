package fr.ozcar.insitu.web.docs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The type link of a problem leads to its documentation. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocsPagesTest extends ServerOnTestDatabase {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theTypeOfARejectedDepositLeadsToItsExplanation() throws Exception {
        HttpResponse<String> rejected = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/data/ABCD/new/"))
                .header("Authorization", adminAuthorization()).PUT(HttpRequest.BodyPublishers.ofString("not a zip"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("\"type\":\"/docs/api.md#deposit-rejected\"");

        HttpResponse<String> page = get("/docs/api.md"); // the fragment stays in the browser
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase()).startsWith("text/plain").contains("charset=utf-8"));
        assertThat(page.body()).startsWith("# HTTP API").contains("<a id=\"deposit-rejected\"></a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs/nothing.md", "/docs/..%2Fpom.xml", "/docs/application.yml", "/docs/API.md"})
    void nothingButTheDocumentationPagesCanBeNamed(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(404);
    }
}
