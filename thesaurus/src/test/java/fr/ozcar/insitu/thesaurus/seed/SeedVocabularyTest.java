package fr.ozcar.insitu.thesaurus.seed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.thesaurus.store.Vocabulary;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedVocabularyTest {

    private static final String OLD_SEED = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            + "<https://w3id.org/ozcar-theia/c_00000000> a skos:Concept ; skos:prefLabel \"Old\"@en .\n";

    @Test
    void aNewReleaseReplacesAnOlderShippedSeedButKeepsAnAdministratorsVocabulary(@TempDir Path directory) {
        try (VocabularyStore store = VocabularyStore.onDisk(directory.resolve("tdb"))) {
            store.load(SeedVocabulary.ID, text(OLD_SEED), Lang.TURTLE, SeedVocabulary.SHIPPED + "ozcar-theia-seed.ttl sha256:old");
            store.load(SeedVocabulary.IADOPT_ID, text(OLD_SEED), Lang.TURTLE, "upload by an administrator");
            SeedVocabulary.installIfMissing(store);
            assertThat(store.vocabulary(SeedVocabulary.ID).orElseThrow().model().size()).isGreaterThan(4000);
            assertThat(store.vocabulary(SeedVocabulary.IADOPT_ID).orElseThrow().model().size()).isEqualTo(2);
        }
    }

    @Test
    void theStoreOnDiskKeepsVocabulariesAndTheirSourceAcrossRestarts(@TempDir Path directory) {
        Path tdb = directory.resolve("tdb");
        try (VocabularyStore store = VocabularyStore.onDisk(tdb)) {
            SeedVocabulary.installIfMissing(store);
        }
        assertThat(Files.isDirectory(tdb)).isTrue();
        try (VocabularyStore reopened = VocabularyStore.onDisk(tdb)) {
            Vocabulary seed = reopened.vocabulary(SeedVocabulary.ID).orElseThrow();
            assertThat(seed.source()).startsWith(SeedVocabulary.SHIPPED + "ozcar-theia-seed.ttl sha256:");
            assertThat(seed.model().size()).isGreaterThan(4000);
            Vocabulary before = reopened.vocabulary(SeedVocabulary.ID).orElseThrow();
            SeedVocabulary.installIfMissing(reopened); // same release: nothing reloaded
            assertThat(reopened.vocabulary(SeedVocabulary.ID).orElseThrow()).isSameAs(before);
        }
    }

    @Test
    void theVocabulariesKeepTheirPrefixesAcrossRestartsSoRdfAnswersStayReadable(@TempDir Path directory) {
        Path tdb = directory.resolve("tdb");
        try (VocabularyStore store = VocabularyStore.onDisk(tdb)) {
            SeedVocabulary.installIfMissing(store);
        }
        try (VocabularyStore reopened = VocabularyStore.onDisk(tdb)) {
            org.apache.jena.rdf.model.Model seed = reopened.vocabulary(SeedVocabulary.ID).orElseThrow().model();
            assertThat(seed.getNsPrefixURI("skos")).isEqualTo("http://www.w3.org/2004/02/skos/core#");
            assertThat(seed.getNsPrefixURI("iadopt")).isEqualTo("https://w3id.org/iadopt/ont/");
        }
    }

    private static ByteArrayInputStream text(String turtle) {
        return new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8));
    }
}
