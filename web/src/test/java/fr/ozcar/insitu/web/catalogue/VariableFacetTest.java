package fr.ozcar.insitu.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Acceptance of the thesaurus issue: the demo deposits' variables all resolve, their thesaurus
 * categories drive the portal's variable facet, and the facet follows a vocabulary change without
 * re-importing data.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VariableFacetTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "/fr/ozcar/insitu/thesaurus/seed/ozcar-theia-seed.ttl";

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.thesaurus.publish", "true");
    }

    @BeforeAll
    void importTheDemoDeposits() throws Exception {
        Path directory = Files.createTempDirectory("demo");
        for (Path zip : new DemoGenerator().writeDemoDeposits(directory)) {
            String producer = zip.getFileName().toString().substring(0, 4);
            client.toBlocking().exchange(HttpRequest.PUT("/data/" + producer + "/new/", Files.readAllBytes(zip))
                    .basicAuth(ADMIN, ADMIN_PASSWORD)
                    .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE));
        }
    }

    @Test
    @Order(1)
    void everyDemoSeriesSitsUnderItsCategoryPathAndNoneIsUnresolved() throws Exception {
        JsonNode facet = facet();
        assertThat(facet.findValuesAsText("label")).doesNotContain("Unresolved variables");
        long total = 0;
        for (JsonNode top : facet) {
            total += top.path("series").asLong();
        }
        assertThat(total).isEqualTo(102);

        JsonNode airTemperature = node(node(node(facet, "Atmosphere variable"), "Atmospheric temperature"),
                "Air temperature");
        assertThat(airTemperature.path("kind").asText()).isEqualTo("variable");
        assertThat(airTemperature.path("series").asLong()).isPositive();
        assertThat(node(node(facet, "Surface water variable"), "Stream water chemistry").path("children"))
                .extracting(child -> child.path("label").asText()).contains("pH", "Nitrate concentration");
    }

    @Test
    @Order(2)
    void aRelabelledCategoryInANewVocabularyVersionShowsInTheFacetWithoutReimporting() throws Exception {
        String seed;
        try (InputStream in = getClass().getResourceAsStream(SEED)) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String relabelled = seed.replace("\"Atmospheric temperature\"@en", "\"Air and atmosphere temperature\"@en");
        assertThat(relabelled).isNotEqualTo(seed);
        client.toBlocking().exchange(HttpRequest.PUT("/thesaurus/vocabularies/ozcar-theia", relabelled)
                .basicAuth(ADMIN, ADMIN_PASSWORD)
                .contentType("text/turtle"));

        JsonNode atmosphere = node(facet(), "Atmosphere variable");
        assertThat(atmosphere.path("children").findValuesAsText("label"))
                .contains("Air and atmosphere temperature").doesNotContain("Atmospheric temperature");
    }

    private JsonNode facet() throws Exception {
        return JSON.readTree(client.toBlocking().retrieve("/api/facets/variables"));
    }

    private static JsonNode node(JsonNode nodes, String label) {
        JsonNode list = nodes.isArray() ? nodes : nodes.path("children");
        for (JsonNode node : list) {
            if (node.path("label").asText().equals(label)) {
                return node;
            }
        }
        throw new AssertionError("no facet node '" + label + "' in " + list);
    }
}
