package fr.ozcar.insitu.thesaurus;

import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;

/** The shipped vocabularies in an in-memory store, loaded once per test JVM (they are never modified). */
public final class SeededStore {

    private static VocabularyStore shared;

    private SeededStore() {
    }

    public static synchronized VocabularyStore shared() {
        if (shared == null) {
            shared = fresh();
        }
        return shared;
    }

    /** A store of its own, for tests that reload. */
    public static VocabularyStore fresh() {
        VocabularyStore store = VocabularyStore.inMemory();
        SeedVocabulary.installIfMissing(store);
        return store;
    }
}
