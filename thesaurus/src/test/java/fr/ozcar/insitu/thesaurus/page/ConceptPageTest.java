package fr.ozcar.insitu.thesaurus.page;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.thesaurus.SeededStore;
import fr.ozcar.insitu.thesaurus.skosmos.SkosmosApi;
import org.junit.jupiter.api.Test;

class ConceptPageTest {

    private final ConceptPage page = new ConceptPage(new SkosmosApi(SeededStore.shared()));

    @Test
    void showsLabelsBreadcrumbDecompositionAndMappings() {
        String html = page.render("https://w3id.org/ozcar-theia/c_34790148", "en");
        assertThat(html).contains("<h1>Air temperature</h1>", "Température de l&#39;air",
                "<a href=\"/ozcar-theia/atmosphere\">Atmosphere variable</a> &gt; <a href=\"/ozcar-theia/atmosphericTemperature\">Atmospheric temperature</a>",
                "<th>Property</th><td><a href=\"/ozcar-theia/", ">temperature</a>", "Object of interest", "°C",
                "http://vocab.nerc.ac.uk/standard_name/air_temperature/", "format=text%2Fturtle");
    }

    @Test
    void theFrenchPageHasFrenchHeadings() {
        String html = page.render("https://w3id.org/ozcar-theia/c_34790148", "fr");
        assertThat(html).contains("<th>Définition</th>", "<th>Unité</th>", "<th>Propriété</th>", "<th>Objet d'intérêt</th>",
                "<h2>Correspondances</h2>").doesNotContain("<th>Definition</th>", "<h2>Mappings</h2>");
    }

    @Test
    void aDeprecatedConceptPointsToItsReplacement() {
        String html = page.render("https://w3id.org/ozcar-theia/c_4a7996ec", "fr");
        assertThat(html).contains("Concept obsolète", "remplacé par <a href=\"/ozcar-theia/c_34790148\">Température de l&#39;air</a>");
    }

    @Test
    void theSchemeAndOurOwnPropertiesResolveToo() {
        assertThat(page.render("https://w3id.org/ozcar-theia/ozcarTheiaThesaurus", "en"))
                .contains("<h1>OZCAR-Theia thesaurus</h1>", "skos:hasTopConcept");
        assertThat(page.render("https://w3id.org/ozcar-theia/unit", "en")).contains("<h1>unit</h1>");
    }

    @Test
    void escapesLabels() {
        assertThat(ConceptPage.escape("<script>\"x\" & y</script>")).isEqualTo("&lt;script&gt;&quot;x&quot; &amp; y&lt;/script&gt;");
    }

    @Test
    void anIriOfAnotherSchemeIsShownButNeverLinked() {
        assertThat(ConceptPage.link("javascript:alert(1)", "x")).isEqualTo("x").doesNotContain("href");
        assertThat(ConceptPage.link("http://vocab.nerc.ac.uk/standard_name/air_temperature/", "CF"))
                .isEqualTo("<a href=\"http://vocab.nerc.ac.uk/standard_name/air_temperature/\">CF</a>");
    }
}
