package fr.ozcar.insitu.web.deposit;

import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.job.ImportJobs;
import fr.ozcar.insitu.core.deposit.qualify.PlausibleRanges;
import fr.ozcar.insitu.core.enrichment.StationEnricher;
import fr.ozcar.insitu.core.variable.VariableResolver;
import fr.ozcar.insitu.web.database.MigratedDatabase;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * Wires the deposit import: limits from configuration ({@code insitu.import.*}), the importer with
 * the application's variable resolver, and a small pool of import threads (imports are long and
 * I/O-bound on COPY; more than a couple at once only compete for the disk).
 */
@Factory
public class DepositFactory {

    @Singleton
    ImportLimits importLimits(
            @Value("${insitu.import.max-archive-bytes:8589934592}") long maxArchiveBytes,
            @Value("${insitu.import.max-uncompressed-bytes:68719476736}") long maxUncompressedBytes,
            @Value("${insitu.import.max-entries:100000}") int maxEntries,
            @Value("${insitu.import.max-compression-ratio:200}") double maxCompressionRatio,
            @Value("${insitu.import.max-metadata-bytes:16777216}") int maxMetadataBytes) {
        return ImportLimits.DEFAULT.withMaxArchiveBytes(maxArchiveBytes)
                .withMaxUncompressedBytes(maxUncompressedBytes)
                .withMaxEntries(maxEntries)
                .withMaxCompressionRatio(maxCompressionRatio)
                .withMaxMetadataBytes(maxMetadataBytes);
    }

    /**
     * The shipped countries, and the operator's lookup layers from {@code insitu.enrichment.layers-dir}
     * when set (docs/import.md, "Station enrichment"); a layer that cannot be read stops the start-up.
     */
    @Singleton
    StationEnricher stationEnricher(@Value("${insitu.enrichment.layers-dir:}") String layersDir) throws IOException {
        return StationEnricher.withLayersIn(layersDir.isBlank() ? null : Path.of(layersDir));
    }

    /** {@code insitu.import.plausible-ranges}: a {@code variable;unit;min;max} file replacing the shipped table. */
    @Singleton
    DepositImporter depositImporter(DataSource dataSource, VariableResolver variables, ImportLimits limits,
                                    StationEnricher enricher,
                                    @Value("${insitu.import.plausible-ranges:}") String plausibleRanges) {
        return new DepositImporter(dataSource, variables, limits, enricher, plausibleRanges.isBlank()
                ? PlausibleRanges.shipped() : PlausibleRanges.of(Path.of(plausibleRanges)));
    }

    @Singleton
    @Named("imports")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService importExecutor(@Value("${insitu.import.parallelism:2}") int parallelism) {
        return Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "import");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Jobs left running by a previous process are marked failed: PostgreSQL rolled them back. */
    @Singleton
    ImportJobs importJobs(MigratedDatabase migrated, DataSource dataSource, DepositImporter importer,
                          @Named("imports") ExecutorService executor) {
        ImportJobs jobs = new ImportJobs(dataSource, importer, executor);
        jobs.failInterruptedJobs();
        return jobs;
    }
}
