package fr.ozcar.insitu.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.sensorthings.StaFixture;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchHttpTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.thesaurus.publish", "false");
    }

    @BeforeAll
    void fixture() {
        StaFixture.load(database);
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(client.toBlocking().retrieve(path));
    }

    @Test
    void facetsCombineAndTheChosenListIsPagedAndSorted() throws Exception {
        JsonNode result = get("/api/search?producer=CATC&producer=AGRH&climate=Tropical%20climate&list=observations&sort=-start&size=2");

        assertThat(result.get("observations").asLong()).isEqualTo(4);
        assertThat(result.at("/hits/total").asLong()).isEqualTo(4);
        assertThat(result.at("/hits/items").findValuesAsText("observationId"))
                .containsExactly("CATC_OBS_TA_Nal", "CATC_OBS_P_Ara"); // 00:30 then two at midnight, by id
        assertThat(result.at("/facets/producer").findValuesAsText("value")).containsExactly("CATC");
        assertThat(result.get("stations").findValuesAsText("name")).containsExactly("Ara", "Nalohou");
    }

    @Test
    void everyBadParameterIsReportedAtOnce() throws Exception {
        HttpClientResponseException failure = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET(
                        "/api/search?from=last&bbox=1,2,3&list=stations&size=1000&colour=red"), String.class));

        assertThat(failure.getStatus().getCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(failure.getResponse().getBody(String.class).orElseThrow());
        assertThat(problem.get("errors").findValuesAsText("parameter"))
                .containsExactlyInAnyOrder("colour", "from", "bbox", "list", "size");
    }
}
