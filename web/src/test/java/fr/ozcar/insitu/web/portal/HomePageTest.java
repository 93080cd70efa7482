package fr.ozcar.insitu.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import fr.ozcar.insitu.core.demo.DemoCatalogue;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.web.testing.HeadlessChromium;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The home page tells a visitor what is published: producers with their counts and period, and the variables. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.thesaurus.publish", "true"); // so that the variables have their categories
    }

    @BeforeAll
    void publishAgrh() throws Exception {
        Path zip = new DemoGenerator().writeDeposit(DemoCatalogue.producers().stream()
                .filter(p -> p.id().equals("AGRH")).findFirst().orElseThrow(), Files.createTempDirectory("deposits"));
        client.toBlocking().exchange(HttpRequest.PUT("/data/AGRH/new/", Files.readAllBytes(zip))
                .basicAuth(ADMIN, ADMIN_PASSWORD)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE));
    }

    @Test
    void theProducerListGivesCountsAndPeriodFromTheSeriesSummaries() throws Exception {
        JsonNode producers = JSON.readTree(client.toBlocking().retrieve("/api/producers"));

        JsonNode agrh = producers.get(0);
        assertThat(agrh.path("id").asText()).isEqualTo("AGRH");
        assertThat(agrh.path("revision").asInt()).isEqualTo(1);
        assertThat(agrh.path("series").asLong()).isEqualTo(database.count("series where observation_id like 'AGRH%'"));
        assertThat(agrh.path("measurements").asLong()).isEqualTo(database.count(
                "measurement m join series s on s.id = m.series_id where s.observation_id like 'AGRH%'"));
        assertThat(agrh.path("datasets").asInt()).isPositive();
        assertThat(agrh.path("firstTime").asText()).isNotBlank();
    }

    @Test
    void theHomePageShowsThePublishedProducersAndVariablesInABrowser() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            Page page = chromium.browser().newPage();
            page.navigate(server.getURL() + "/");

            PlaywrightAssertions.assertThat(page.locator("#producers tr[data-producer=AGRH]")).containsText("AGRH");
            PlaywrightAssertions.assertThat(page.locator("#producers tr[data-producer=AGRH] td.n").nth(1))
                    .hasText(String.valueOf(database.count("series where observation_id like 'AGRH%'")));
            page.locator("#variables summary", new Page.LocatorOptions().setHasText("Atmosphere variable"))
                    .locator(".count").click();
            PlaywrightAssertions.assertThat(page.locator("#variables")).containsText("Atmospheric temperature");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home.png")).setFullPage(true));
            page.locator("#producers a", new Page.LocatorOptions().setHasText("AGRH")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).containsText("AgrHyS");
            PlaywrightAssertions.assertThat(page).hasURL(server.getURL() + "/producers/AGRH");
        }
    }

    @Test
    void theHomePagesSparqlLinkRunsAnExampleQuery() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            Page page = chromium.browser().newPage();
            page.navigate(server.getURL() + "/");
            String href = page.locator("a", new Page.LocatorOptions().setHasText("SPARQL")).getAttribute("href");

            var answer = page.request().get(server.getURL() + href);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).contains("concept");
        }
    }
}
