package fr.ozcar.insitu.web.thesaurus;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import fr.ozcar.insitu.web.testing.HeadlessChromium;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The thesaurus browsing page in a real headless Chromium (Debian's, never a downloaded one). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThesaurusPageBrowserTest extends ServerOnTestDatabase {

    @Inject
    EmbeddedServer server;

    private HeadlessChromium chromium;
    private Browser browser;

    @BeforeAll
    void startBrowser() {
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void searchAsYouTypeOpensAConceptAndTheLanguageSwitchTranslatesIt() {
        Page page = browser.newPage();
        page.navigate(server.getURL() + "/thesaurus/");
        page.locator("#search").pressSequentially("humid", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
        page.locator("#results a", new Page.LocatorOptions().setHasText("Relative humidity")).first().click();
        assertThat(page.locator("#concept h2")).hasText("Relative humidity");
        assertThat(page.locator("#concept .breadcrumb")).containsText("Atmosphere variable");
        page.locator("[data-lang=fr]").click();
        assertThat(page.locator("#concept h2")).hasText("Humidité relative");
        assertThat(page.locator("h1")).hasText("Thésaurus OZCAR-Theia");
        page.close();
    }

    @Test
    void aConceptShowsItsDefinitionUnitAndReplacement() {
        Page page = browser.newPage();
        page.navigate(server.getURL() + "/thesaurus/#" + java.net.URLEncoder.encode("https://w3id.org/ozcar-theia/c_34790148",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.locator("#concept .definition")).containsText("Temperature of the air");
        assertThat(page.locator("#concept .unit")).hasText("Usual unit: °C");
        assertThat(page.locator("#concept")).containsText("Exact match (CF Standard Names)");
        page.navigate(server.getURL() + "/thesaurus/?lang=fr#https%3A%2F%2Fw3id.org%2Fozcar-theia%2Fc_4a7996ec");
        assertThat(page.locator("#concept .deprecated")).hasText("Obsolète : utiliser Température de l'air");
        page.close();
    }

    @Test
    void onAPhoneTheConceptStacksUnderTheSearchAndNothingScrollsSideways() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 800));
        page.navigate(server.getURL() + "/thesaurus/");
        page.locator("#search").pressSequentially("potential", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
        page.locator("#results a", new Page.LocatorOptions().setHasText("Air potential temperature")).first().click();
        assertThat(page.locator("#concept h2")).hasText("Air potential temperature");
        assertThat(page.locator("#concept h2")).isInViewport();
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        page.close();
    }

    @Test
    void onAPhoneTheConceptPageFitsAndBreaksNoHeadingInsideAWord() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 800));
        page.navigate(server.getURL() + "/ozcar-theia/c_34790148");
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        // the widest word of each heading cell must fit in the cell: else "Alternative" shows as "Alternativ / e"
        Object cut = page.evaluate("""
                () => { const ctx = document.createElement('canvas').getContext('2d');
                  return [...document.querySelectorAll('th')].filter(th => {
                    ctx.font = getComputedStyle(th).font;
                    const widest = Math.max(...th.textContent.split(/\\s+/).map(w => ctx.measureText(w).width));
                    return widest > th.clientWidth; }).map(th => th.textContent); }""");
        org.assertj.core.api.Assertions.assertThat((List<?>) cut).isEmpty();
        page.close();
    }

    @Test
    void theHierarchyTreeOpensOnDemandAndLeadsToTheConceptPage() {
        Page page = browser.newPage();
        page.navigate(server.getURL() + "/thesaurus/");
        page.locator("#tree > li", new Page.LocatorOptions().setHasText("Atmosphere variable")).locator("button.toggle").click();
        page.locator("#tree a", new Page.LocatorOptions().setHasText("Atmospheric temperature")).click();
        assertThat(page.locator("#concept h2")).hasText("Atmospheric temperature");
        page.locator("#concept a", new Page.LocatorOptions().setHasText("Air temperature")).first().click();
        assertThat(page.locator("#concept h2")).hasText("Air temperature");
        page.locator("#full-page").click();
        assertThat(page.locator("main.concept h1")).hasText("Air temperature");
        assertThat(page.locator("table.iadopt")).containsText("temperature");
        page.close();
    }
}
