package fr.ozcar.insitu.thesaurus.skosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.thesaurus.SeededStore;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import fr.ozcar.insitu.thesaurus.skosmos.SkosmosApi.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Every Skosmos REST v1 path, against the seed, with the keys the Skosmos swagger documents. */
class SkosmosApiTest {

    private static final String VOC = SeedVocabulary.ID;
    private static final String NS = SeedVocabulary.NAMESPACE;
    private static final String AIR_TEMPERATURE = NS + "c_34790148";
    private static final String ATMOSPHERIC_TEMPERATURE = NS + "atmosphericTemperature";
    private static final String ATMOSPHERE = NS + "atmosphere";

    private final SkosmosApi api = new SkosmosApi(SeededStore.shared());

    /** One answer per documented JSON path. */
    private Map<String, Supplier<JsonNode>> answers() {
        Map<String, Supplier<JsonNode>> answers = new LinkedHashMap<>();
        answers.put("/vocabularies", () -> api.vocabularies("en"));
        answers.put("/search", () -> api.search(new SearchRequest("temp*", "en", null, List.of(), List.of(), null, null, 10, 0, false)));
        answers.put("/label", () -> api.label(null, AIR_TEMPERATURE, "fr"));
        answers.put("/types", () -> api.types(null, "en"));
        answers.put("/{vocid}/", () -> api.vocabularyInfo(VOC, "en"));
        answers.put("/{vocid}/types", () -> api.types(VOC, "en"));
        answers.put("/{vocid}/topConcepts", () -> api.topConcepts(VOC, "en", null));
        answers.put("/{vocid}/search", () -> api.search(new SearchRequest("*humid*", null, null, List.of(VOC), List.of(), null, null, null, null, false)));
        answers.put("/{vocid}/lookup", () -> api.lookup(VOC, "Tair", null));
        answers.put("/{vocid}/vocabularyStatistics", () -> api.vocabularyStatistics(VOC, "en"));
        answers.put("/{vocid}/labelStatistics", () -> api.labelStatistics(VOC, "en"));
        answers.put("/{vocid}/index/", () -> api.indexLetters(VOC, "en"));
        answers.put("/{vocid}/index/{letter}", () -> api.indexConcepts(VOC, "A", "en"));
        answers.put("/{vocid}/label", () -> api.label(VOC, AIR_TEMPERATURE, "en"));
        answers.put("/{vocid}/broader", () -> api.broader(VOC, AIR_TEMPERATURE, "en"));
        answers.put("/{vocid}/broaderTransitive", () -> api.broaderTransitive(VOC, AIR_TEMPERATURE, "en"));
        answers.put("/{vocid}/narrower", () -> api.narrower(VOC, ATMOSPHERIC_TEMPERATURE, "en"));
        answers.put("/{vocid}/narrowerTransitive", () -> api.narrowerTransitive(VOC, ATMOSPHERE, "en"));
        answers.put("/{vocid}/related", () -> api.related(VOC, AIR_TEMPERATURE, "en"));
        answers.put("/{vocid}/children", () -> api.children(VOC, ATMOSPHERE, "en"));
        answers.put("/{vocid}/groups", () -> api.groups(VOC, "en"));
        answers.put("/{vocid}/new", () -> api.changes(VOC, "en", 0, 5, false));
        answers.put("/{vocid}/modified", () -> api.changes(VOC, "en", 0, 5, true));
        answers.put("/{vocid}/groupMembers", () -> api.groupMembers(VOC, SeedVocabulary.CATEGORIES_GROUP, "en"));
        answers.put("/{vocid}/hierarchy", () -> api.hierarchy(VOC, AIR_TEMPERATURE, "en"));
        answers.put("/{vocid}/mappings", () -> api.mappings(VOC, AIR_TEMPERATURE, "en", null, true));
        return answers;
    }

    @Test
    void everyDocumentedPathAnswersWithTheDocumentedKeys() {
        Map<String, Supplier<JsonNode>> answers = answers();
        // "conceptGroups" is the key real Skosmos servers send; the swagger spells it "conceptsGroups": we send both
        Map<String, Set<String>> tolerated = Map.of("/{vocid}/vocabularyStatistics", Set.of("conceptGroups"));

        List<String> problems = new ArrayList<>();
        List<String> untested = new ArrayList<>();
        for (String path : SkosmosSwagger.paths()) {
            String definition = SkosmosSwagger.responseDefinition(path);
            if (definition.isEmpty()) {
                continue; // /data and /{vocid}/data answer RDF, tested below
            }
            if (!answers.containsKey(path)) {
                untested.add(path);
                continue;
            }
            JsonNode answer = answers.get(path).get();
            assertThat(answer.has("@context") || definition.equals("LookupResults")).as(path + " has a JSON-LD @context").isTrue();
            SkosmosSwagger.problems(answer, definition, tolerated.getOrDefault(path, Set.of()))
                    .forEach(p -> problems.add(path + " " + p));
        }
        assertThat(untested).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void searchWithATrailingWildcardFindsLabelsInEveryLanguage() {
        JsonNode results = api.search(SearchRequest.of("temp*")).get("results");
        assertThat(results).isNotEmpty();
        assertThat(results.findValuesAsText("lang")).contains("en", "fr");
        assertThat(results.findValuesAsText("uri")).contains(AIR_TEMPERATURE);
        assertThat(results.findValuesAsText("vocab")).containsOnly(VOC);
    }

    @Test
    void searchIsCaseAndAccentInsensitiveAndFiltersByLanguage() {
        JsonNode french = api.search(new SearchRequest("TEMPERATURE DE L'AIR", "fr", null, List.of(VOC), List.of(), null, null, null, null, false));
        assertThat(french.get("results")).hasSize(1);
        assertThat(french.get("results").get(0).get("prefLabel").asText()).isEqualTo("Température de l'air");
        assertThat(api.search(new SearchRequest("temperature de l'air", "en", null, List.of(), List.of(), null, null, null, null, false))
                .get("results")).isEmpty();
    }

    @Test
    void anAltLabelHitCarriesThePrefLabelAndTheMatchedAltLabel() {
        JsonNode hit = api.search(SearchRequest.of("tair")).get("results").get(0);
        assertThat(hit.get("prefLabel").asText()).isEqualTo("Air temperature");
        assertThat(hit.get("altLabel").asText()).isEqualTo("Tair");
    }

    @Test
    void labellangGivesThePrefLabelInThatLanguageWhicheverLanguageMatched() {
        SearchRequest englishMatch = new SearchRequest("air temperature", null, "fr", List.of(VOC), List.of(), null, null, null, null, false);
        JsonNode hit = api.search(englishMatch).get("results").get(0);
        assertThat(hit.get("prefLabel").asText()).isEqualTo("Température de l'air");
        assertThat(hit.get("matchedPrefLabel").asText()).isEqualTo("Air temperature");
    }

    @Test
    void everyAnswerIsJsonLdWhoseContextKeepsEveryKey() {
        List<String> dropped = new ArrayList<>();
        answers().forEach((path, answer) -> {
            JsonNode json = answer.get();
            Set<String> terms = new TreeSet<>();
            json.get("@context").fieldNames().forEachRemaining(terms::add);
            keys(json).stream().filter(key -> !key.startsWith("@") && !terms.contains(key)).forEach(key -> dropped.add(path + " " + key));
            Model triples = jsonLd(json);
            if (!path.equals("/{vocid}/related")) { // the seed relates no concepts: an empty list gives no triple
                assertThat(triples.isEmpty()).as(path + " gives triples").isFalse();
            }
            triples.listStatements().forEachRemaining(t -> List.of(t.getSubject(), t.getPredicate(), t.getObject()).forEach(node -> {
                if (node.isURIResource()) {
                    assertThat(node.asResource().getURI()).as(path + ": every IRI is absolute http(s), none a compact IRI left unexpanded")
                            .matches("https?://.*");
                }
            }));
        });
        assertThat(dropped).isEmpty();
    }

    @Test
    void searchResultsReadAsJsonLdGiveTheConceptsTypesAndLabels() {
        Model triples = jsonLd(api.search(new SearchRequest("air temperature", "en", null, List.of(VOC), List.of(), null, null, null, null, false)));
        Resource airTemperature = triples.getResource(AIR_TEMPERATURE);
        assertThat(triples.contains(airTemperature, RDF.type, triples.getResource("https://w3id.org/iadopt/ont/Variable"))).isTrue();
        assertThat(triples.contains(airTemperature, SKOS.prefLabel, triples.createLiteral("Air temperature", "en"))).isTrue();
        Model ancestors = jsonLd(api.broaderTransitive(VOC, AIR_TEMPERATURE, "en"));
        assertThat(ancestors.contains(airTemperature, SKOS.broader, triples.getResource(ATMOSPHERIC_TEMPERATURE))).isTrue();
        Model top = jsonLd(api.topConcepts(VOC, "fr", null));
        assertThat(top.contains(null, SKOS.hasTopConcept, top.getResource(ATMOSPHERE))).isTrue();
        assertThat(top.contains(top.getResource(ATMOSPHERE), SKOS.topConceptOf, top.getResource(NS + "ozcarTheiaThesaurus"))).isTrue();
    }

    @Test
    void labelsFallingBackFromALanguageNoVocabularyHasAreNotTaggedWithIt() {
        Model german = jsonLd(api.label(VOC, AIR_TEMPERATURE, "de"));
        assertThat(german.listObjectsOfProperty(SKOS.prefLabel).toList()).singleElement()
                .satisfies(label -> assertThat(label.asLiteral().getLanguage()).isEmpty());
        Model french = jsonLd(api.label(VOC, AIR_TEMPERATURE, "fr"));
        assertThat(french.contains(french.getResource(AIR_TEMPERATURE), SKOS.prefLabel, french.createLiteral("Température de l'air", "fr"))).isTrue();
    }

    private static Model jsonLd(JsonNode json) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(json.toString(), Lang.JSONLD).base("http://localhost/thesaurus/rest/v1/").parse(model);
        return model;
    }

    private static Set<String> keys(JsonNode json) {
        Set<String> keys = new TreeSet<>();
        if (json.isObject()) {
            json.fields().forEachRemaining(field -> {
                keys.add(field.getKey());
                if (!field.getKey().equals("@context")) {
                    keys.addAll(keys(field.getValue()));
                }
            });
        } else if (json.isArray()) {
            json.forEach(item -> keys.addAll(keys(item)));
        }
        return keys;
    }

    @Test
    void searchFiltersByTypeParentAndGroupAndPages() {
        SearchRequest categories = new SearchRequest("*", "en", null, List.of(VOC), List.of("theia:CategoryOfVariable"), null, null, 1000, 0, true);
        assertThat(api.search(categories).get("results")).hasSize(24);
        SearchRequest underAtmosphere = new SearchRequest("*temperature*", "en", null, List.of(VOC), List.of(), ATMOSPHERE, null, 1000, 0, true);
        assertThat(api.search(underAtmosphere).get("results").findValuesAsText("uri")).contains(AIR_TEMPERATURE)
                .doesNotContain(NS + "c_42d9e013");
        SearchRequest inVariables = new SearchRequest("*", "en", null, List.of(VOC), List.of(), null, SeedVocabulary.VARIABLES_GROUP, 1000, 0, true);
        assertThat(api.search(inVariables).get("results").size()).isGreaterThanOrEqualTo(150);
        SearchRequest secondPage = new SearchRequest("*", "en", null, List.of(VOC), List.of(), null, SeedVocabulary.VARIABLES_GROUP, 10, 10, true);
        assertThat(api.search(secondPage).get("results")).hasSize(10);
    }

    @Test
    void hierarchyAndBreadcrumbGoFromTheVariableToItsTopCategory() {
        JsonNode chain = api.broaderTransitive(VOC, AIR_TEMPERATURE, "en").get("broaderTransitive");
        assertThat(chain.findValuesAsText("prefLabel")).containsExactly("Air temperature", "Atmospheric temperature", "Atmosphere variable");
        JsonNode hierarchy = api.hierarchy(VOC, AIR_TEMPERATURE, "fr").get("broaderTransitive");
        assertThat(hierarchy.get(2).get("top").asText()).isEqualTo(SeedVocabulary.SCHEME);
        assertThat(hierarchy.get(1).get("narrower").findValuesAsText("label")).contains("Température de l'air");
    }

    @Test
    void topConceptsAreTheSixDomains() {
        assertThat(api.topConcepts(VOC, "en", null).get("topconcepts").findValuesAsText("label"))
                .containsExactly("Atmosphere variable", "Biosphere variable", "Groundwater variable", "Hydrosphere variable",
                        "Soil variable", "Surface water variable");
    }

    @Test
    void mappingsListTheCfStandardName() {
        JsonNode mapping = api.mappings(VOC, AIR_TEMPERATURE, "en", null, true).get("mappings").get(0);
        assertThat(mapping.get("uri").asText()).isEqualTo("http://vocab.nerc.ac.uk/standard_name/air_temperature/");
        assertThat(mapping.get("type").get(0).asText()).isEqualTo("skos:exactMatch");
        assertThat(mapping.get("vocabName").asText()).isEqualTo("CF Standard Names");
        assertThat(api.mappings(VOC, AIR_TEMPERATURE, "en", null, false).get("mappings")).isEmpty();
    }

    @Test
    void lookupPrefersPreferredLabels() {
        JsonNode result = api.lookup(VOC, "air temperature", null).get("result");
        assertThat(result).hasSize(1);
        assertThat(result.get(0).has("altLabel")).isFalse();
    }

    @Test
    void newAndModifiedAreNewestFirst() {
        JsonNode modified = api.changes(VOC, "en", 0, 100, true).get("changeList");
        assertThat(modified.findValuesAsText("date")).allMatch(d -> d.startsWith("2026-11-22"));
        assertThat(modified.findValuesAsText("uri")).contains(AIR_TEMPERATURE);
    }

    @Test
    void dataDescribesOneConceptOrTheWholeVocabulary() {
        assertThat(api.data(null, AIR_TEMPERATURE).listStatements().toList()).hasSizeGreaterThan(10);
        assertThat(api.data(VOC, null).size()).isGreaterThan(4000);
    }

    @Test
    void unknownVocabulariesConceptsAndBadParametersAreClientErrors() {
        assertThatThrownBy(() -> api.vocabularyInfo("nope", "en")).isInstanceOf(ThesaurusRequestException.class)
                .satisfies(e -> assertThat(((ThesaurusRequestException) e).status()).isEqualTo(404));
        assertThatThrownBy(() -> api.broader(VOC, NS + "c_ffffffff", "en"))
                .satisfies(e -> assertThat(((ThesaurusRequestException) e).status()).isEqualTo(404));
        assertThatThrownBy(() -> api.search(SearchRequest.of(" ")))
                .satisfies(e -> assertThat(((ThesaurusRequestException) e).status()).isEqualTo(400));
        assertThatThrownBy(() -> api.search(new SearchRequest("a*", null, null, List.of(), List.of(), null, null, -1, null, false)))
                .satisfies(e -> assertThat(((ThesaurusRequestException) e).status()).isEqualTo(400));
        assertThatThrownBy(() -> api.lookup(VOC, "no such label", null))
                .satisfies(e -> assertThat(((ThesaurusRequestException) e).status()).isEqualTo(404));
    }
}
