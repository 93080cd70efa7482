package fr.ozcar.insitu.web.deposit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.ozcar.insitu.core.demo.DemoCatalogue;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.web.testing.HeadlessChromium;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A data manager uploads a deposit from the portal page, in a real headless Chromium. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepositPageBrowserTest extends ServerOnTestDatabase {

    @Inject
    EmbeddedServer server;

    private HeadlessChromium chromium;
    private Path osrc;

    @BeforeAll
    void start() throws Exception {
        chromium = HeadlessChromium.launch();
        osrc = new DemoGenerator().writeDeposit(
                DemoCatalogue.producers().stream().filter(p -> p.id().equals("OSRC")).findFirst().orElseThrow(),
                Files.createTempDirectory("deposits"));
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Page upload(String producer, Path deposit) {
        // the page is used by a signed-in data manager: here the local administrator, by HTTP Basic
        Page page = chromium.browser().newPage(new com.microsoft.playwright.Browser.NewPageOptions()
                .setHttpCredentials(new com.microsoft.playwright.options.HttpCredentials(ADMIN, ADMIN_PASSWORD)));
        page.navigate(server.getURL() + "/deposit/");
        page.locator("#producer").fill(producer);
        page.locator("#file").setInputFiles(deposit);
        page.locator("#send").click();
        return page;
    }

    @Test
    void aValidDepositIsImportedAndTheReportSaysWhatWasPublished() {
        Page page = upload("OSRC", osrc);

        assertThat(page.locator("#outcome")).hasText("Imported and published",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#summary")).containsText("Producer OSRC, revision 1");
        assertThat(page.locator("#summary")).containsText("16 series");
        page.close();
    }

    @Test
    void aCheckOnlyUploadShowsEachSeriesQualificationWithItsSparklineAndPublishesNothing() throws Exception {
        Page page = chromium.browser().newPage(new com.microsoft.playwright.Browser.NewPageOptions()
                .setViewportSize(1280, 900)
                .setHttpCredentials(new com.microsoft.playwright.options.HttpCredentials(ADMIN, ADMIN_PASSWORD)));
        Path agrh = new DemoGenerator().writeDeposit(DemoCatalogue.producers().stream()
                .filter(p -> p.id().equals("AGRH")).findFirst().orElseThrow(), Files.createTempDirectory("deposits"));
        page.navigate(server.getURL() + "/deposit/");
        page.locator("#producer").fill("AGRH");
        page.locator("#file").setInputFiles(agrh);
        page.locator("#dryRun").check();
        page.locator("#send").click();

        assertThat(page.locator("#outcome")).hasText("Valid: nothing was published (check only)",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#qualification")).isVisible();
        assertThat(page.locator("#qualification tbody tr").first()).isVisible();
        assertThat(page.locator("#qualification tbody tr").first().locator("td").nth(1)).not().isEmpty();
        assertThat(page.locator("#qualification svg.sparkline polyline").first()).isAttached();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/deposit-qualification.png")));
        org.assertj.core.api.Assertions.assertThat(database.count("producer where id = 'AGRH'")).isZero();
        page.close();
    }

    @Test
    void aLongImportShowsItsPhaseAndProgressUntilTheReport() throws Exception {
        Path amma = new DemoGenerator().writeDeposit(DemoCatalogue.producers().stream()
                .filter(p -> p.id().equals("AMMA")).findFirst().orElseThrow(), Files.createTempDirectory("deposits"));
        Page page = upload("AMMA", amma);

        page.waitForFunction("() => !document.getElementById('progress').hidden"
                + " && ['Checking', 'Publishing'].includes(document.getElementById('stage').textContent)"
                + " && document.getElementById('detail').textContent.includes('files')",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000).setPollingInterval(20));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/deposit-progress.png")));
        assertThat(page.locator("#outcome")).hasText("Imported and published",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(120_000));
        page.close();
    }

    @Test
    void aDepositSentForAnotherProducerIsRejectedWithEachProblemInATable() {
        Page page = upload("AGRH", osrc);

        assertThat(page.locator("#outcome")).hasText("Rejected: nothing was written",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#problems tbody tr.error").first()).containsText("producer-id-mismatch");
        assertThat(page.locator("#problems tbody tr.error").first()).containsText("$.producer.producerId");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/deposit-rejected.png")).setFullPage(true));
        page.close();
    }
}
