package fr.ozcar.insitu.thesaurus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ozcar.insitu.core.variable.VariableQuery;
import fr.ozcar.insitu.thesaurus.SeededStore;
import fr.ozcar.insitu.thesaurus.resolve.ThesaurusVariableResolver;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class VocabularyReloadTest {

    private static final String SMALL = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix iadopt: <https://w3id.org/iadopt/ont/> .
            @prefix theia: <https://w3id.org/ozcar-theia/> .
            theia:c_00000001 a skos:Concept , iadopt:Variable ;
                skos:prefLabel "Air temperature (renamed)"@en ;
                skos:altLabel "Tair"@en ;
                theia:unit "°C" .
            """;

    private static InputStream text(String turtle) {
        return new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedReloadFailsWithItsLineAndTheOldVocabularyStillAnswers() {
        VocabularyStore store = SeededStore.fresh();
        ThesaurusVariableResolver resolver = ThesaurusVariableResolver.following(store, SeedVocabulary.ID);
        Vocabulary before = store.vocabulary(SeedVocabulary.ID).orElseThrow();

        assertThatThrownBy(() -> store.load(SeedVocabulary.ID, text("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<urn:a> skos:prefLabel \"unterminated ;\n"), Lang.TURTLE, "broken.ttl"))
                .isInstanceOf(InvalidVocabularyException.class)
                .hasMessageContaining("broken.ttl line 3, column 1");

        assertThat(store.vocabulary(SeedVocabulary.ID)).containsSame(before);
        assertThat(resolver.resolve(new VariableQuery("P", "Tair", "°C", List.of())).label()).isEqualTo("Air temperature");
        assertThat(tripleCount(store)).isEqualTo(before.model().size());
    }

    @Test
    void anEmptyFileNeverReplacesAVocabulary() {
        VocabularyStore store = SeededStore.fresh();
        assertThatThrownBy(() -> store.load(SeedVocabulary.ID, text("# nothing\n"), Lang.TURTLE, "empty.ttl"))
                .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("no triple");
        assertThat(store.vocabulary(SeedVocabulary.ID).orElseThrow().model().size()).isGreaterThan(1000);
    }

    @Test
    void aFileWithoutConceptsNeverReplacesAThesaurus() {
        VocabularyStore store = SeededStore.fresh();
        assertThatThrownBy(() -> store.load(SeedVocabulary.ID, text("<http://x/a> <http://x/p> \"v\" .\n"), Lang.TURTLE, "other.ttl"))
                .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("no skos:Concept");
        assertThat(store.vocabulary(SeedVocabulary.ID).orElseThrow().model().size()).isGreaterThan(1000);
    }

    @Test
    void anEmptyOrForeignReplacementOfTheIadoptOntologyIsRefusedAndResolutionIsUnchanged() {
        VocabularyStore store = SeededStore.fresh();
        ThesaurusVariableResolver resolver = ThesaurusVariableResolver.following(store, SeedVocabulary.ID);
        Vocabulary before = store.vocabulary(SeedVocabulary.IADOPT_ID).orElseThrow();

        assertThatThrownBy(() -> store.load(SeedVocabulary.IADOPT_ID, text("# nothing\n"), Lang.TURTLE, "empty.ttl"))
                .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("no triple");
        assertThatThrownBy(() -> store.load(SeedVocabulary.IADOPT_ID, text(SMALL), Lang.TURTLE, "concepts.ttl"))
                .isInstanceOf(InvalidVocabularyException.class)
                .hasMessageContaining("no owl:Ontology <https://w3id.org/iadopt/ont>")
                .hasMessageContaining("no owl:Class <https://w3id.org/iadopt/ont/Variable>");

        assertThat(store.vocabulary(SeedVocabulary.IADOPT_ID)).containsSame(before);
        assertThat(resolver.resolve(new VariableQuery("P", "Tair", "°C", List.of())).label()).isEqualTo("Air temperature");
    }

    @Test
    void aThesaurusReplacementWithoutAnyVariableIsRefusedAndResolutionIsUnchanged() {
        VocabularyStore store = SeededStore.fresh();
        ThesaurusVariableResolver resolver = ThesaurusVariableResolver.following(store, SeedVocabulary.ID);
        Vocabulary before = store.vocabulary(SeedVocabulary.ID).orElseThrow();
        String conceptsOnly = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/c1> a skos:Concept ; skos:prefLabel "Air temperature"@en .
                """;

        assertThatThrownBy(() -> store.load(SeedVocabulary.ID, text(conceptsOnly), Lang.TURTLE, "concepts.ttl"))
                .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("holds no variable");

        assertThat(store.vocabulary(SeedVocabulary.ID)).containsSame(before);
        assertThat(tripleCount(store)).isEqualTo(before.model().size());
        assertThat(resolver.resolve(new VariableQuery("P", "Tair", "°C", List.of())).label()).isEqualTo("Air temperature");
    }

    @Test
    void aJsonLdFileNamingARemoteContextIsRefusedWithoutFetchingIt() throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(200);
            String jsonLd = "{\"@context\": \"http://127.0.0.1:" + listener.getLocalPort() + "/context.jsonld\","
                    + " \"@id\": \"http://x/a\", \"http://x/p\": \"v\"}";
            assertThatThrownBy(() -> SeededStore.fresh().load("other", text(jsonLd), Lang.JSONLD, "remote.jsonld"))
                    .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("inline");
            assertThatThrownBy(listener::accept).isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    private static final String RDF_XML_CONCEPT = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">
              <skos:Concept rdf:about="http://x/a"><skos:prefLabel xml:lang="en">%s</skos:prefLabel></skos:Concept>
            </rdf:RDF>
            """;

    @Test
    void anRdfXmlExternalEntityIsRefusedWithoutReadingIt() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("secret", ".txt");
        java.nio.file.Files.writeString(secret, "root:x:0:0");
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(200);
            for (String target : List.of(secret.toUri().toString(), "http://127.0.0.1:" + listener.getLocalPort() + "/leak")) {
                String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM \"" + target + "\"> ]>\n"
                        + RDF_XML_CONCEPT.formatted("&xxe;");
                assertThatThrownBy(() -> SeededStore.fresh().load("other", text(xml), Lang.RDFXML, "xxe.rdf"))
                        .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("xxe.rdf line 2")
                        .hasMessageContaining("external entity \"xxe\"").hasMessageNotContaining("root:x");
            }
            assertThatThrownBy(listener::accept).isInstanceOf(java.net.SocketTimeoutException.class);
        } finally {
            java.nio.file.Files.delete(secret);
        }
    }

    @Test
    void anRdfXmlExternalDtdIsRefusedWithoutReadingIt() throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(200);
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF SYSTEM \"http://127.0.0.1:" + listener.getLocalPort() + "/x.dtd\">\n"
                    + RDF_XML_CONCEPT.formatted("x");
            assertThatThrownBy(() -> SeededStore.fresh().load("other", text(xml), Lang.RDFXML, "dtd.rdf"))
                    .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("external DTD");
            assertThatThrownBy(listener::accept).isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    @Test
    void rdfXmlInternalEntitiesStillLoadButAnEntityBombIsRefused() {
        String abbreviated = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY t \"Air temperature\"> ]>\n"
                + RDF_XML_CONCEPT.formatted("&t;");
        assertThat(VocabularyStore.inMemory().load("other", text(abbreviated), Lang.RDFXML, "entities.rdf").model()
                .listObjects().toList().toString()).contains("Air temperature");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY l0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            laughs.append("<!ENTITY l").append(level).append(" \"").append(("&l" + (level - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = laughs.append(" ]>\n").append(RDF_XML_CONCEPT.formatted("&l9;")).toString();
        assertThatThrownBy(() -> VocabularyStore.inMemory().load("other", text(bomb), Lang.RDFXML, "laughs.rdf"))
                .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("entity expansions");
    }

    @Test
    void aFileNestedThousandsOfLevelsDeepIsRefusedNotAServerError() {
        int depth = 200_000;
        String turtle = "<http://x/a> <http://x/p> " + "[ <http://x/p> ".repeat(depth) + "1" + " ]".repeat(depth) + " .\n";
        String collections = "<http://x/a> <http://x/p> " + "(".repeat(depth) + ")".repeat(depth) + " .\n";
        String jsonLd = "{\"@id\": \"http://x/a\", \"http://x/p\": " + "[".repeat(depth) + "1" + "]".repeat(depth) + "}";
        VocabularyStore store = SeededStore.fresh();
        for (var file : List.of(java.util.Map.entry(turtle, Lang.TURTLE), java.util.Map.entry(collections, Lang.TURTLE),
                java.util.Map.entry(jsonLd, Lang.JSONLD))) {
            assertThatThrownBy(() -> store.load(SeedVocabulary.ID, text(file.getKey()), file.getValue(), "deep"))
                    .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("nested too deeply");
        }
        assertThat(store.vocabulary(SeedVocabulary.ID).orElseThrow().model().size()).isGreaterThan(1000);
    }

    @Test
    void aTurtleFileThatIsNotUtf8IsRefusedAtItsFirstBadByte() {
        byte[] latin1 = ("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<http://x/a> a skos:Concept ; skos:prefLabel \"Température\"@fr .\n").getBytes(StandardCharsets.ISO_8859_1);
        VocabularyStore store = SeededStore.fresh();
        assertThatThrownBy(() -> store.load("other", new ByteArrayInputStream(latin1), Lang.TURTLE, "latin1.ttl"))
                .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("latin1.ttl line 2, column 51")
                .hasMessageContaining("0xE9").hasMessageContaining("UTF-8");
        assertThat(store.vocabulary("other")).isEmpty();
    }

    @Test
    void aGoodReloadReplacesTheVocabularyAndTheResolverFollows() {
        VocabularyStore store = SeededStore.fresh();
        ThesaurusVariableResolver resolver = ThesaurusVariableResolver.following(store, SeedVocabulary.ID);

        store.load(SeedVocabulary.ID, text(SMALL), Lang.TURTLE, "small.ttl");

        assertThat(store.vocabulary(SeedVocabulary.ID).orElseThrow().model().size()).isEqualTo(5);
        assertThat(resolver.resolve(new VariableQuery("P", "Tair", "°C", List.of())).variableIri())
                .isEqualTo("https://w3id.org/ozcar-theia/c_00000001");
        assertThat(resolver.resolve(new VariableQuery("P", "Relative humidity", "%", List.of())).resolved()).isFalse();
    }

    @Test
    void loadsRdfXmlJsonLdAndNTriples() throws IOException {
        VocabularyStore store = VocabularyStore.inMemory();
        for (Lang lang : List.of(Lang.RDFXML, Lang.JSONLD, Lang.NTRIPLES, Lang.TURTLE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, SeededStore.shared().vocabulary(SeedVocabulary.ID).orElseThrow().model(), lang);
            String id = "seed-" + lang.getName().toLowerCase().replaceAll("[^a-z]", "");
            store.load(id, new ByteArrayInputStream(out.toByteArray()), lang, "seed." + lang.getFileExtensions().get(0));
            assertThat(store.vocabulary(id).orElseThrow().model().isIsomorphicWith(
                    SeededStore.shared().vocabulary(SeedVocabulary.ID).orElseThrow().model())).as(lang.getName()).isTrue();
        }
        assertThat(VocabularyFormat.ofFileName("x.rdf")).contains(Lang.RDFXML);
        assertThat(VocabularyFormat.ofMediaType("application/ld+json; charset=utf-8")).contains(Lang.JSONLD);
        assertThat(VocabularyFormat.ofMediaType("text/csv")).isEmpty();
    }

    @Test
    void concurrentReadersNeverSeeAnEmptyVocabularyDuringReloads() throws Exception {
        VocabularyStore store = SeededStore.fresh();
        byte[] seed = SeedVocabulary.openSeed().readAllBytes();
        AtomicBoolean reloading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> emptiness = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            while (reloading.get()) {
                long inGraph = Txn.calculateRead(store.dataset(), () -> {
                    try (QueryExecution execution = QueryExecution.dataset(store.dataset())
                            .query("SELECT (COUNT(*) AS ?n) { GRAPH <" + VocabularyStore.GRAPH_PREFIX + SeedVocabulary.ID + "> { ?s ?p ?o } }")
                            .build()) {
                        return execution.execSelect().next().getLiteral("n").getLong();
                    }
                });
                long inMemory = store.vocabulary(SeedVocabulary.ID).map(v -> v.model().size()).orElse(0L);
                if (inGraph == 0 || inMemory == 0) {
                    emptiness.add("graph " + inGraph + ", snapshot " + inMemory);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 5; i++) {
            store.load(SeedVocabulary.ID, new ByteArrayInputStream(seed), Lang.TURTLE, "seed.ttl");
        }
        reloading.set(false);
        reader.join();
        assertThat(emptiness).isEmpty();
    }

    private static long tripleCount(VocabularyStore store) {
        org.apache.jena.graph.Node graph = org.apache.jena.graph.NodeFactory.createURI(VocabularyStore.GRAPH_PREFIX + SeedVocabulary.ID);
        return Txn.calculateRead(store.dataset(), () -> (long) org.apache.jena.atlas.iterator.Iter.count(
                store.dataset().asDatasetGraph().find(graph, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                        org.apache.jena.graph.Node.ANY)));
    }
}
