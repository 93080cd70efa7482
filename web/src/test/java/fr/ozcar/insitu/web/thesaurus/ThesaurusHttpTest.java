package fr.ozcar.insitu.web.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThesaurusHttpTest extends ServerOnTestDatabase {

    private static final String AIR_TEMPERATURE = SeedVocabulary.NAMESPACE + "c_34790148";
    private static final String AIR = URLEncoder.encode(AIR_TEMPERATURE, StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.thesaurus.sparql.timeout", "500ms", "insitu.thesaurus.publish", "true");
    }

    private HttpResponse<String> get(String path, String accept) {
        HttpRequest<?> request = HttpRequest.GET(path);
        if (accept != null) {
            request = HttpRequest.GET(path).header("Accept", accept);
        }
        return client.toBlocking().exchange(request, String.class);
    }

    private HttpClientResponseException failure(HttpRequest<?> request) {
        return org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, String.class));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/vocabularies?lang=en", "/search?query=temp*&lang=en", "/label?uri=" + "AIR", "/types?lang=en",
            "/ozcar-theia/", "/ozcar-theia/types", "/ozcar-theia/topConcepts", "/ozcar-theia/search?query=*humid*",
            "/ozcar-theia/lookup?label=Tair", "/ozcar-theia/vocabularyStatistics", "/ozcar-theia/labelStatistics",
            "/ozcar-theia/index/", "/ozcar-theia/index/A", "/ozcar-theia/label?uri=AIR", "/ozcar-theia/broader?uri=AIR",
            "/ozcar-theia/broaderTransitive?uri=AIR", "/ozcar-theia/narrower?uri=AIR", "/ozcar-theia/narrowerTransitive?uri=AIR",
            "/ozcar-theia/related?uri=AIR", "/ozcar-theia/children?uri=AIR", "/ozcar-theia/groups",
            "/ozcar-theia/groupMembers?uri=https%3A%2F%2Fw3id.org%2Fozcar-theia%2FvariableCategoriesGroup",
            "/ozcar-theia/hierarchy?uri=AIR", "/ozcar-theia/mappings?uri=AIR", "/ozcar-theia/new", "/ozcar-theia/modified"})
    void everySkosmosPathAnswersJsonWithOpenCors(String path) throws Exception {
        HttpResponse<String> response = get("/thesaurus/rest/v1" + path.replace("AIR", AIR), null);
        assertThat(response.getStatus().getCode()).isEqualTo(200);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.getName()).isEqualTo("application/json"));
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(json(response).size()).isPositive();
    }

    @Test
    void theVariablesArePublishedToTheDatabaseAtStartUp() throws Exception {
        try (java.sql.Connection connection = database.connect();
             java.sql.ResultSet row = connection.createStatement().executeQuery(
                     "select count(*), count(*) filter (where 'Atmospheric temperature' = any(category_labels)) from variable")) {
            row.next();
            assertThat(row.getInt(1)).isGreaterThanOrEqualTo(150);
            assertThat(row.getInt(2)).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theBrowsingPageIsServedAsStaticFiles() {
        HttpResponse<String> page = get("/thesaurus/", "text/html");
        assertThat(page.body()).contains("OZCAR-Theia thesaurus", "/thesaurus/thesaurus.js");
        assertThat(get("/thesaurus/thesaurus.js", null).body()).contains("/thesaurus/rest/v1/");
    }

    @Test
    void searchAnswersTheSkosmosShape() throws Exception {
        JsonNode results = json(get("/thesaurus/rest/v1/ozcar-theia/search?query=air%20temp*&lang=en&maxhits=5", null)).get("results");
        assertThat(results.get(0).fieldNames()).toIterable().contains("uri", "type", "prefLabel", "lang", "vocab");
        assertThat(results.findValuesAsText("uri")).contains(AIR_TEMPERATURE);
    }

    @Test
    void dataIsNegotiatedByFormatOrAccept() {
        assertThat(get("/thesaurus/rest/v1/data?uri=" + AIR + "&format=text/turtle", null).getContentType().orElseThrow().getName())
                .isEqualTo("text/turtle");
        assertThat(get("/thesaurus/rest/v1/ozcar-theia/data?uri=" + AIR, "application/rdf+xml").body()).contains("rdf:RDF");
        assertThat(get("/thesaurus/rest/v1/data?uri=" + AIR, "application/ld+json").body()).contains("@context");
    }

    @Test
    void unknownVocabulariesAndConceptsAreProblemDocuments() {
        HttpClientResponseException vocabulary = failure(HttpRequest.GET("/thesaurus/rest/v1/nope/topConcepts"));
        assertThat(vocabulary.getStatus().getCode()).isEqualTo(404);
        assertThat(vocabulary.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(vocabulary.getResponse().getBody(String.class).orElseThrow()).contains("no vocabulary with id");
        assertThat(failure(HttpRequest.GET("/thesaurus/rest/v1/ozcar-theia/broader?uri=urn%3Anothing")).getStatus().getCode()).isEqualTo(404);
        assertThat(failure(HttpRequest.GET("/thesaurus/rest/v1/search?query=a*&maxhits=lots")).getStatus().getCode()).isEqualTo(400);
        assertThat(failure(HttpRequest.GET("/ozcar-theia/c_ffffffff")).getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void conceptIrisAnswerHtmlToBrowsersAndRdfToClients() {
        HttpResponse<String> html = get("/ozcar-theia/c_34790148", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(html.getContentType().orElseThrow().getName()).isEqualTo("text/html");
        assertThat(html.body()).contains("<h1>Air temperature</h1>", "Atmospheric temperature");
        assertThat(get("/ozcar-theia/c_34790148", "text/turtle").body()).contains("skos:prefLabel");
        assertThat(get("/ozcar-theia/c_34790148", "application/ld+json").getContentType().orElseThrow().getName())
                .isEqualTo("application/ld+json");
        assertThat(get("/ozcar-theia/c_34790148", "application/rdf+xml").body()).contains("rdf:RDF");
    }

    @Test
    void conceptIrisNegotiateWildcardsAndShowBrowsersAnHtmlNotFoundPage() {
        assertThat(get("/ozcar-theia/c_34790148", "text/*").getContentType().orElseThrow().getName()).isEqualTo("text/html");
        assertThat(get("/ozcar-theia/c_34790148", "application/json;q=0.2, text/turtle;q=0.8").getContentType().orElseThrow().getName())
                .isEqualTo("text/turtle");
        HttpClientResponseException browser = failure(HttpRequest.GET("/ozcar-theia/c_ffffffff")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertThat(browser.getStatus().getCode()).isEqualTo(404);
        assertThat(browser.getResponse().getContentType().orElseThrow().getName()).isEqualTo("text/html");
        assertThat(browser.getResponse().getBody(String.class).orElseThrow()).contains("Unknown concept", "href=\"/thesaurus/\"");
        HttpClientResponseException rdfClient = failure(HttpRequest.GET("/ozcar-theia/c_ffffffff").header("Accept", "text/turtle"));
        assertThat(rdfClient.getStatus().getCode()).isEqualTo(404);
        assertThat(rdfClient.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(failure(HttpRequest.GET("/ozcar-theia/c_34790148").header("Accept", "image/png")).getStatus().getCode()).isEqualTo(406);
    }

    @Test
    void vocabularySearchGivesPrefLabelsInLabellang() throws Exception {
        JsonNode hit = json(get("/thesaurus/rest/v1/ozcar-theia/search?query=air%20temperature&labellang=fr", null)).get("results").get(0);
        assertThat(hit.get("prefLabel").asText()).isEqualTo("Température de l'air");
    }

    @Test
    void sparqlAnswersGetAndBothPostForms() {
        String query = "SELECT ?l WHERE { <" + AIR_TEMPERATURE + "> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }";
        HttpResponse<String> byGet = get("/thesaurus/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null);
        assertThat(byGet.getContentType().orElseThrow().getName()).isEqualTo("application/sparql-results+json");
        assertThat(byGet.body()).contains("Air temperature");
        assertThat(byGet.header("Access-Control-Allow-Origin")).isEqualTo("*");
        HttpResponse<String> byForm = client.toBlocking().exchange(HttpRequest.POST("/thesaurus/sparql", Map.of("query", query))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Accept", "text/csv"), String.class);
        assertThat(byForm.body()).startsWith("l\r\n");
        HttpResponse<String> direct = client.toBlocking().exchange(HttpRequest.POST("/thesaurus/sparql", query)
                .contentType("application/sparql-query").header("Accept", "application/sparql-results+xml"), String.class);
        assertThat(direct.body()).contains("<sparql");
    }

    @Test
    void sparqlTakesTheDatasetAndTheFormatFromTheProtocolParameters() {
        String ask = "ASK { <" + AIR_TEMPERATURE + "> ?p ?o }";
        String iadopt = "default-graph-uri=" + URLEncoder.encode("urn:x-insitu:vocabulary:iadopt", StandardCharsets.UTF_8);
        HttpResponse<String> byGet = get("/thesaurus/sparql?format=csv&" + iadopt + "&query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertThat(byGet.getContentType().orElseThrow().getName()).isEqualTo("text/csv");
        assertThat(byGet.body()).isEqualTo("_askResult\r\nfalse\r\n");
        HttpResponse<String> byForm = client.toBlocking().exchange(HttpRequest.POST("/thesaurus/sparql",
                Map.of("query", ask, "default-graph-uri", "urn:x-insitu:vocabulary:iadopt", "output", "csv"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), String.class);
        assertThat(byForm.body()).isEqualTo("_askResult\r\nfalse\r\n");
        HttpResponse<String> direct = client.toBlocking().exchange(HttpRequest.POST("/thesaurus/sparql?" + iadopt, ask)
                .contentType("application/sparql-query").header("Accept", "text/csv"), String.class);
        assertThat(direct.body()).isEqualTo("_askResult\r\nfalse\r\n");
    }

    @Test
    void sparqlAnswersApplicationXmlClientsAndExplainsWhatItCannotProduce() {
        String select = "/thesaurus/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);
        HttpResponse<String> xml = get(select, "application/xml");
        assertThat(xml.getContentType().orElseThrow().getName()).isEqualTo("application/sparql-results+xml");
        HttpClientResponseException html = failure(HttpRequest.GET(select).header("Accept", "text/html"));
        assertThat(html.getStatus().getCode()).isEqualTo(406);
        assertThat(html.getResponse().getBody(String.class).orElseThrow()).contains("cannot answer this query in text/html", "text/csv");
    }

    @Test
    void sparqlRefusesUpdatesAndBrokenQueries() {
        HttpClientResponseException update = failure(HttpRequest.GET("/thesaurus/sparql?query="
                + URLEncoder.encode("DELETE WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)));
        assertThat(update.getStatus().getCode()).isEqualTo(400);
        assertThat(update.getResponse().getBody(String.class).orElseThrow()).contains("read-only");
        assertThat(failure(HttpRequest.POST("/thesaurus/sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
                .contentType("application/sparql-update")).getStatus().getCode()).isEqualTo(400);
        assertThat(failure(HttpRequest.GET("/thesaurus/sparql?query=SELEC")).getStatus().getCode()).isEqualTo(400);
    }

    @Test
    void aSparqlQueryRunningTooLongIsA503ProblemDocument() {
        HttpClientResponseException error = failure(HttpRequest.GET("/thesaurus/sparql?query=" + URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8)));
        assertThat(error.getStatus().getCode()).isEqualTo(503);
        assertThat(error.getResponse().getBody(String.class).orElseThrow()).contains("500 ms", "cancelled");
    }

    @Test
    void overridesAreSetListedAndDeleted() throws Exception {
        Map<String, Object> body = Map.of("producerId", "ABCD", "propertyName", "Tension batterie", "unit", "V",
                "variableIri", AIR_TEMPERATURE, "confirmedBy", "data.manager@example.org");
        HttpResponse<String> saved = client.toBlocking().exchange(HttpRequest.PUT("/api/variables/overrides", body)
                .basicAuth(ADMIN, ADMIN_PASSWORD), String.class);
        assertThat(json(saved).get("variableIri").asText()).isEqualTo(AIR_TEMPERATURE);
        assertThat(json(get("/api/variables/overrides?producerId=ABCD", null)).findValuesAsText("propertyName")).containsExactly("Tension batterie");
        HttpResponse<String> deleted = client.toBlocking().exchange(HttpRequest.DELETE(
                "/api/variables/overrides?producerId=ABCD&propertyName=Tension%20batterie&unit=V")
                .basicAuth(ADMIN, ADMIN_PASSWORD), String.class);
        assertThat(deleted.getStatus().getCode()).isEqualTo(204);
        assertThat(json(get("/api/variables/overrides", null))).isEmpty();
    }

    @Test
    void anInvalidOverrideListsEveryProblem() {
        HttpClientResponseException error = failure(HttpRequest.PUT("/api/variables/overrides",
                Map.of("producerId", "abc", "unit", "V", "variableIri", "urn:not-a-variable"))
                .basicAuth(ADMIN, ADMIN_PASSWORD));
        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(error.getResponse().getBody(String.class).orElseThrow())
                .contains("producerId", "propertyName", "confirmedBy", "variableIri");
    }

    @Test
    void aMalformedVocabularyUploadIsRefusedAndTheOldOneStillAnswers() {
        HttpClientResponseException error = failure(HttpRequest.PUT("/thesaurus/vocabularies/ozcar-theia",
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<urn:a> skos:prefLabel \"x ;\n").contentType("text/turtle")
                .basicAuth(ADMIN, ADMIN_PASSWORD));
        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(error.getResponse().getBody(String.class).orElseThrow()).contains("line", "unchanged");
        assertThat(get("/thesaurus/rest/v1/ozcar-theia/lookup?label=Tair", null).body()).contains(AIR_TEMPERATURE);
    }

    @Test
    void anIadoptUploadThatIsNotTheOntologyIsRefusedWithEveryProblemAndVariablesStillResolve() {
        HttpClientResponseException error = failure(HttpRequest.PUT("/thesaurus/vocabularies/iadopt",
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<urn:a> a skos:Concept ; skos:prefLabel \"x\" .\n")
                .contentType("text/turtle").basicAuth(ADMIN, ADMIN_PASSWORD));
        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(error.getResponse().getBody(String.class).orElseThrow())
                .contains("no owl:Ontology", "no owl:Class", "unchanged");
        String ontologyKept = "ASK { GRAPH <urn:x-insitu:vocabulary:iadopt> { <https://w3id.org/iadopt/ont> a "
                + "<http://www.w3.org/2002/07/owl#Ontology> } }";
        assertThat(get("/thesaurus/sparql?format=csv&query=" + URLEncoder.encode(ontologyKept, StandardCharsets.UTF_8), null).body())
                .isEqualTo("_askResult\r\ntrue\r\n");
        assertThat(get("/thesaurus/rest/v1/ozcar-theia/lookup?label=Tair", null).body()).contains(AIR_TEMPERATURE);
    }

    @Test
    void sparqlNeverReadsTheBookkeepingGraphNamedByDefaultGraphUri() {
        String sources = "default-graph-uri=" + URLEncoder.encode("urn:x-insitu:vocabulary-sources", StandardCharsets.UTF_8);
        HttpResponse<String> answer = get("/thesaurus/sparql?format=csv&" + sources + "&query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8), null);
        assertThat(answer.body()).isEqualTo("_askResult\r\nfalse\r\n");
    }
}
