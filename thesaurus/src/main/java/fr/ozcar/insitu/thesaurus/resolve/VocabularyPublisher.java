package fr.ozcar.insitu.thesaurus.resolve;

import fr.ozcar.insitu.core.variable.SeriesReResolution;
import fr.ozcar.insitu.core.variable.VariableCatalogue;
import fr.ozcar.insitu.core.variable.VariableResolver;
import fr.ozcar.insitu.thesaurus.store.Vocabulary;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps PostgreSQL in step with the thesaurus: after each (re)load of the followed vocabulary, its
 * variables are published to the {@code variable} table and every series is re-resolved (through
 * {@code seriesResolver}, which applies data managers' overrides first).
 */
public final class VocabularyPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(VocabularyPublisher.class);

    private final VariableCatalogue catalogue;
    private final SeriesReResolution reResolution;
    private final VariableResolver seriesResolver;

    public VocabularyPublisher(VariableCatalogue catalogue, SeriesReResolution reResolution, VariableResolver seriesResolver) {
        this.catalogue = catalogue;
        this.reResolution = reResolution;
        this.seriesResolver = seriesResolver;
    }

    /**
     * Publishes now and after every reload of {@code vocabularyId}. Register it after the resolver's
     * own listener ({@link ThesaurusVariableResolver#following}) so that re-resolution uses the new index.
     */
    public void follow(VocabularyStore store, String vocabularyId) {
        store.vocabulary(vocabularyId).ifPresent(this::publish);
        store.onLoad(loaded -> {
            if (loaded.id().equals(vocabularyId)) {
                publish(loaded);
            }
        });
    }

    /** Publishes one vocabulary's variables, then re-resolves the series. */
    public SeriesReResolution.Summary publish(Vocabulary vocabulary) {
        int published = catalogue.publish(VariableIndex.of(vocabulary.model()).catalogue());
        SeriesReResolution.Summary summary = reResolution.run(seriesResolver);
        LOG.info("vocabulary {}: {} variables published; {} series re-resolved, {} changed, {} unresolved",
                vocabulary.id(), published, summary.series(), summary.changed(), summary.unresolved());
        return summary;
    }
}
