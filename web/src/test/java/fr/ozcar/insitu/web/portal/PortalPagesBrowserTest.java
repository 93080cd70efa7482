package fr.ozcar.insitu.web.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.ozcar.insitu.sensorthings.StaFixture;
import fr.ozcar.insitu.web.testing.HeadlessChromium;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The search page and the producer, dataset and observation pages, in Debian's Chromium. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesBrowserTest extends ServerOnTestDatabase {

    private static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=1</script>";

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.thesaurus.publish", "false");
    }

    @BeforeAll
    void catalogueWithMarkupInItsMetadata() throws Exception {
        StaFixture.load(database);
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("update dataset set description = 'Meteorology " + HOSTILE.replace("'", "''")
                    + "', lineage = 'Checked <b>by hand</b>' where id = 'CATC_DAT_MET'");
            sql.execute("update producer set title = 'AMMA-CATCH " + HOSTILE.replace("'", "''") + "' where id = 'CATC'");
            sql.execute("update series set property_name = 'Air Temperature " + HOSTILE.replace("'", "''")
                    + "' where observation_id = 'CATC_OBS_TA_Ara'");
        }
    }

    private String url(String path) {
        return server.getURL() + path;
    }

    @Test
    void aFacetNarrowsTheSearchTheStateIsInTheUrlAndBackAndForwardReplayIt() {
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            Page page = chromium.browser().newPage();
            page.navigate(url("/search"));
            assertThat(page.locator("#totals")).containsText("10 observations");

            page.getByLabel("AgrHyS").check();

            assertThat(page).hasURL(Pattern.compile(".*/search\\?producer=AGRH$"));
            assertThat(page.locator("#totals")).containsText("3 observations");
            assertThat(page.locator("#results tbody tr")).hasCount(3);
            page.locator("#q").fill("boat");
            page.locator("#search-form button").click();
            assertThat(page.locator("#totals")).containsText("1 observations");

            page.goBack();
            assertThat(page.locator("#totals")).containsText("3 observations");
            assertThat(page.getByLabel("AgrHyS")).isChecked();
            page.goBack();
            assertThat(page.locator("#totals")).containsText("10 observations");
            page.goForward();
            assertThat(page.locator("#totals")).containsText("3 observations");
        }
    }

    @Test
    void fromTheSearchToAnObservationItsDatasetAndProducerAndHome() {
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            Page page = chromium.browser().newPage();
            page.navigate(url("/search?q=precipitation&sort=producer"));

            page.locator("#results a", new Page.LocatorOptions().setHasText("Daily precipitation")).click();

            assertThat(page).hasURL(url("/observations/CATC_OBS_P_Ara"));
            assertThat(page.locator("h1")).hasText("Daily precipitation");
            assertThat(page.locator("a", new Page.LocatorOptions().setHasText("Precipitation")).first())
                    .hasAttribute("href", "/thesaurus/#" + "https%3A%2F%2Fw3id.org%2Fozcar-theia%2FprecipitationAmount");
            assertThat(page.locator("main")).containsText("Tropical climate");
            page.locator("main a", new Page.LocatorOptions().setHasText("Meteorology at Ara")).click();
            assertThat(page).hasURL(url("/datasets/CATC_DAT_MET"));
            assertThat(page.locator("main")).containsText("CC-BY-4.0");
            page.locator("main a", new Page.LocatorOptions().setHasText("AMMA-CATCH")).first().click();
            assertThat(page).hasURL(url("/producers/CATC"));
            page.locator("header a.home").click();
            assertThat(page).hasURL(url("/"));
        }
    }

    @Test
    void metadataHoldingHtmlOrScriptIsShownAsTextOnEveryPage() {
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            Page page = chromium.browser().newPage();
            // page -> whether it shows one of the fields holding markup
            Map<String, Boolean> pages = new java.util.LinkedHashMap<>();
            pages.put("/search?q=meteorology", true);
            pages.put("/search?list=producers", true);
            pages.put("/search?list=datasets", false);
            pages.put("/observations/CATC_OBS_TA_Ara", true);
            pages.put("/observations/CATC_OBS_TA_Nal", true);
            pages.put("/datasets/CATC_DAT_MET", true);
            pages.put("/producers/CATC", true);
            for (Map.Entry<String, Boolean> entry : pages.entrySet()) {
                String path = entry.getKey();
                page.navigate(url(path));
                assertThat(page.locator("main")).containsText(path.startsWith("/search") ? "observations" : "Observation");
                if (entry.getValue()) {
                    assertThat(page.locator("main")).containsText(HOSTILE);
                }
                assertThat(page.locator("main img, main script, main b")).hasCount(0);
                org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.pwned === undefined")).as(path).isEqualTo(true);
            }
        }
    }

    @Test
    void screenshotsOfTheSearchAndAnObservationAtDesktopAndPhoneSizes() {
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
                Page page = chromium.browser().newPage(new com.microsoft.playwright.Browser.NewPageOptions()
                        .setViewportSize(size[0], size[1]));
                page.navigate(url("/search?producer=CATC"));
                assertThat(page.locator("#results tbody tr")).hasCount(4);
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/search-" + size[0] + ".png")));
                page.navigate(url("/observations/CATC_OBS_TA_Nal"));
                assertThat(page.locator("h1")).hasText("Air Temperature at height 2 m");
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/observation-" + size[0] + ".png")));
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
                org.assertj.core.api.Assertions.assertThat(overflow).as("no horizontal scrolling at %d px", size[0]).isEqualTo(true);
                page.close();
            }
        }
    }
}
