package fr.ozcar.insitu.thesaurus.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ozcar.insitu.thesaurus.SeededStore;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparqlEndpointTest {

    private static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private final SparqlEndpoint endpoint = new SparqlEndpoint(SeededStore.shared(), Duration.ofSeconds(10), 50);

    private static String text(SparqlEndpoint.Answer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    @Test
    void selectsOverTheUnionOfAllVocabulariesInSparqlJson() {
        SparqlEndpoint.Answer answer = endpoint.query(PREFIXES + "SELECT ?c WHERE { ?c skos:prefLabel \"Air temperature\"@en }", null);
        assertThat(answer.mediaType()).isEqualTo("application/sparql-results+json");
        assertThat(text(answer)).contains("https://w3id.org/ozcar-theia/c_34790148");
    }

    @Test
    void answersInXmlCsvAndTsvByAccept() {
        String query = PREFIXES + "SELECT ?l WHERE { <https://w3id.org/ozcar-theia/c_34790148> skos:prefLabel ?l } ORDER BY ?l";
        assertThat(endpoint.query(query, "application/sparql-results+xml").mediaType()).isEqualTo(SparqlEndpoint.RESULTS_XML);
        assertThat(text(endpoint.query(query, "text/csv"))).startsWith("l\r\nAir temperature");
        assertThat(endpoint.query(query, "text/tab-separated-values;q=0.9, text/csv;q=0.5").mediaType()).isEqualTo(SparqlEndpoint.TSV);
        assertThat(text(endpoint.query(query, "application/xml"))).contains("<sparql");
        assertThat(endpoint.query(query, "application/xml").mediaType()).isEqualTo(SparqlEndpoint.RESULTS_XML);
    }

    @Test
    void constructAnswersTurtleOrJsonLd() {
        String query = PREFIXES + "CONSTRUCT { ?c skos:broader ?b } WHERE { ?c skos:broader ?b }";
        assertThat(endpoint.query(query, "text/turtle").mediaType()).isEqualTo("text/turtle");
        assertThat(text(endpoint.query(query, "application/ld+json"))).contains("@context");
        assertThat(endpoint.query("DESCRIBE <https://w3id.org/ozcar-theia/c_34790148>", null).mediaType()).isEqualTo("text/turtle");
    }

    private static final String AIR_TEMPERATURE = "<https://w3id.org/ozcar-theia/c_34790148>";
    private static final String IADOPT_GRAPH = "urn:x-insitu:vocabulary:iadopt";

    private String ask(String query, List<String> defaultGraphs, List<String> namedGraphs) {
        return text(endpoint.query(new SparqlEndpoint.Request(query, "text/csv", null, defaultGraphs, namedGraphs))).split("\r\n")[1];
    }

    @Test
    void theDefaultGraphIsTheOneTheProtocolOrTheQueryNames() {
        String airTemperatureKnown = "ASK { " + AIR_TEMPERATURE + " ?p ?o }";
        assertThat(ask(airTemperatureKnown, List.of(), List.of())).isEqualTo("true");
        assertThat(ask(airTemperatureKnown, List.of(IADOPT_GRAPH), List.of())).isEqualTo("false");
        assertThat(ask("ASK FROM <" + IADOPT_GRAPH + "> { " + AIR_TEMPERATURE + " ?p ?o }", List.of(), List.of())).isEqualTo("false");
        assertThat(ask("ASK FROM <" + IADOPT_GRAPH + "> { " + AIR_TEMPERATURE + " ?p ?o }",
                List.of("urn:x-insitu:vocabulary:ozcar-theia"), List.of())).as("the protocol overrides FROM").isEqualTo("true");
    }

    @Test
    void namedGraphUriLimitsTheGraphsGraphSees() {
        String graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g";
        assertThat(text(endpoint.query(new SparqlEndpoint.Request(graphs, "text/csv", null, List.of(), List.of(IADOPT_GRAPH)))))
                .isEqualTo("g\r\n" + IADOPT_GRAPH + "\r\n");
    }

    @Test
    void theStoresBookkeepingIsNoPartOfTheVocabularies() {
        assertThat(ask("ASK { <urn:x-insitu:vocabulary:ozcar-theia> ?p ?o }", List.of(), List.of())).isEqualTo("false");
        assertThat(text(endpoint.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv")))
                .doesNotContain(VocabularyStore.SOURCES_GRAPH).contains(IADOPT_GRAPH);
    }

    @Test
    void theBookkeepingGraphIsUnreadableByEveryDatasetRoute() {
        String sources = VocabularyStore.SOURCES_GRAPH;
        String anything = "ASK { ?s ?p ?o }";
        assertThat(ask(anything, List.of(sources), List.of())).as("default-graph-uri").isEqualTo("false");
        assertThat(ask("ASK { GRAPH <" + sources + "> { ?s ?p ?o } }", List.of(), List.of(sources)))
                .as("named-graph-uri").isEqualTo("false");
        assertThat(ask("ASK FROM <" + sources + "> { ?s ?p ?o }", List.of(), List.of())).as("FROM").isEqualTo("false");
        assertThat(ask("ASK FROM NAMED <" + sources + "> { GRAPH ?g { ?s ?p ?o } }", List.of(), List.of()))
                .as("FROM NAMED").isEqualTo("false");
        assertThat(ask("ASK { GRAPH <" + sources + "> { ?s ?p ?o } }", List.of(), List.of())).as("GRAPH").isEqualTo("false");
        assertThat(ask("ASK FROM <" + IADOPT_GRAPH + "> FROM <" + sources + "> { <urn:x-insitu:vocabulary:iadopt> ?p ?o }",
                List.of(), List.of())).as("FROM mixing a vocabulary and the bookkeeping graph").isEqualTo("false");
        assertThat(ask("ASK FROM <" + IADOPT_GRAPH + "> FROM <" + sources + "> { ?s ?p ?o }", List.of(), List.of()))
                .as("the vocabulary named next to it is still read").isEqualTo("true");
    }

    @Test
    void theFormatParameterChoosesTheSyntaxOverAccept() {
        String select = PREFIXES + "SELECT ?l WHERE { " + AIR_TEMPERATURE + " skos:prefLabel ?l }";
        assertThat(endpoint.query(new SparqlEndpoint.Request(select, "application/sparql-results+json", "csv", null, null)).mediaType())
                .isEqualTo(SparqlEndpoint.CSV);
        assertThat(endpoint.query(new SparqlEndpoint.Request(select, null, "xml", null, null)).mediaType()).isEqualTo(SparqlEndpoint.RESULTS_XML);
        String describe = "DESCRIBE " + AIR_TEMPERATURE;
        assertThat(endpoint.query(new SparqlEndpoint.Request(describe, "text/turtle", "json", null, null)).mediaType()).isEqualTo("application/ld+json");
        assertThatThrownBy(() -> endpoint.query(new SparqlEndpoint.Request(select, null, "pdf", null, null)))
                .hasMessageContaining("format").satisfies(e -> assertThat(((SparqlException) e).status()).isEqualTo(400));
    }

    @Test
    void capsResultsAtTheConfiguredLimit() {
        String csv = text(endpoint.query("SELECT ?s WHERE { ?s ?p ?o }", "text/csv"));
        assertThat(csv.split("\r\n")).hasSize(51);
    }

    @Test
    void refusesUpdatesAndInvalidQueriesWithAClearMessage() {
        assertThatThrownBy(() -> endpoint.query("DELETE WHERE { ?s ?p ?o }", null)).isInstanceOf(SparqlException.class)
                .hasMessageContaining("read-only").satisfies(e -> assertThat(((SparqlException) e).status()).isEqualTo(400));
        assertThatThrownBy(() -> endpoint.query("SELEC ?s WHERE { ?s ?p ?o }", null)).hasMessageContaining("line 1")
                .satisfies(e -> assertThat(((SparqlException) e).status()).isEqualTo(400));
        assertThatThrownBy(() -> endpoint.query("SELECT * { ?s ?p ?o }", "image/png"))
                .satisfies(e -> assertThat(((SparqlException) e).status()).isEqualTo(406));
    }

    @Test
    void aQueryNestedThousandsOfLevelsDeepIsRefusedWithAReason() {
        String nested = "SELECT * WHERE " + "{".repeat(100_000) + " ?s ?p ?o " + "}".repeat(100_000);
        assertThatThrownBy(() -> endpoint.query(nested, null)).isInstanceOf(SparqlException.class)
                .hasMessageContaining("nested too deeply").satisfies(e -> assertThat(((SparqlException) e).status()).isEqualTo(400));
    }

    @Test
    void refusesFederatedQueriesSoTheServerNeverFetchesAClientsUrl() {
        for (String query : new String[] {
                "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
                "SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <http://169.254.169.254/> { ?s ?p ?o } } } }"}) {
            assertThatThrownBy(() -> endpoint.query(query, null)).isInstanceOf(SparqlException.class)
                    .hasMessageContaining("SERVICE").satisfies(e -> assertThat(((SparqlException) e).status()).isEqualTo(400));
        }
    }

    @Test
    void cancelsAQueryThatRunsTooLong() {
        SparqlEndpoint impatient = new SparqlEndpoint(SeededStore.shared(), Duration.ofMillis(200), 10);
        assertThatThrownBy(() -> impatient.query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", null))
                .isInstanceOf(SparqlException.class).hasMessageContaining("cancelled")
                .satisfies(e -> assertThat(((SparqlException) e).status()).isEqualTo(503));
    }
}
