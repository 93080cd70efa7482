package fr.ozcar.insitu.web.thesaurus;

import fr.ozcar.insitu.core.variable.OverridingVariableResolver;
import fr.ozcar.insitu.core.variable.SeriesReResolution;
import fr.ozcar.insitu.core.variable.VariableCatalogue;
import fr.ozcar.insitu.core.variable.VariableOverrides;
import fr.ozcar.insitu.core.variable.VariableResolver;
import fr.ozcar.insitu.thesaurus.page.ConceptPage;
import fr.ozcar.insitu.thesaurus.resolve.ThesaurusVariableResolver;
import fr.ozcar.insitu.thesaurus.resolve.VocabularyPublisher;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import fr.ozcar.insitu.thesaurus.skosmos.SkosmosApi;
import fr.ozcar.insitu.thesaurus.sparql.SparqlEndpoint;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import fr.ozcar.insitu.web.database.MigratedDatabase;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Wires the thesaurus: the TDB2 store ({@code insitu.thesaurus.directory}, default
 * {@code <data-dir>/thesaurus}; "memory" keeps it in memory) with the shipped vocabularies installed,
 * the resolver (data managers' overrides first), the Skosmos API, the SPARQL endpoint, and the
 * publication of variables and re-resolution of series after every vocabulary (re)load.
 */
@Factory
public class ThesaurusFactory {

    @Singleton
    @Bean(preDestroy = "close")
    VocabularyStore vocabularyStore(@Value("${insitu.thesaurus.directory:}") String directory,
                                    @Value("${insitu.data-dir:data}") String dataDir) {
        VocabularyStore store = "memory".equals(directory) ? VocabularyStore.inMemory()
                : VocabularyStore.onDisk(directory.isBlank() ? Path.of(dataDir, "thesaurus") : Path.of(directory));
        SeedVocabulary.installIfMissing(store);
        return store;
    }

    @Singleton
    ThesaurusVariableResolver thesaurusVariableResolver(VocabularyStore store) {
        return ThesaurusVariableResolver.following(store, SeedVocabulary.ID);
    }

    @Singleton
    VariableOverrides variableOverrides(DataSource dataSource) {
        return new VariableOverrides(dataSource);
    }

    @Singleton
    VariableCatalogue variableCatalogue(DataSource dataSource) {
        return new VariableCatalogue(dataSource);
    }

    @Singleton
    SeriesReResolution seriesReResolution(DataSource dataSource) {
        return new SeriesReResolution(dataSource);
    }

    /** The resolver the rest of the application uses: overrides, then the thesaurus. */
    @Singleton
    @Primary
    VariableResolver variableResolver(VariableOverrides overrides, VariableCatalogue catalogue, ThesaurusVariableResolver thesaurus) {
        return new OverridingVariableResolver(overrides, catalogue, thesaurus);
    }

    /**
     * Publishes at start-up and after every reload (after the resolver's index was rebuilt). Tests
     * that load their own {@code variable} fixture turn it off with {@code insitu.thesaurus.publish: false}.
     */
    @Context
    @Requires(property = "insitu.thesaurus.publish", notEquals = "false")
    VocabularyPublisher vocabularyPublisher(MigratedDatabase migrated, VocabularyStore store, ThesaurusVariableResolver thesaurus,
                                            VariableCatalogue catalogue, SeriesReResolution reResolution, VariableResolver resolver) {
        VocabularyPublisher publisher = new VocabularyPublisher(catalogue, reResolution, resolver);
        publisher.follow(store, SeedVocabulary.ID);
        return publisher;
    }

    @Singleton
    SkosmosApi skosmosApi(VocabularyStore store) {
        return new SkosmosApi(store);
    }

    @Singleton
    ConceptPage conceptPage(SkosmosApi api) {
        return new ConceptPage(api);
    }

    @Singleton
    SparqlEndpoint sparqlEndpoint(VocabularyStore store, @Value("${insitu.thesaurus.sparql.timeout:10s}") Duration timeout,
                                  @Value("${insitu.thesaurus.sparql.result-limit:10000}") long resultLimit) {
        return new SparqlEndpoint(store, timeout, resultLimit);
    }
}
