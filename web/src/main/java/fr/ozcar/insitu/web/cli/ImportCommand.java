package fr.ozcar.insitu.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.ozcar.insitu.core.deposit.ImportMode;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.deposit.job.ImportJob;
import fr.ozcar.insitu.core.deposit.job.ImportJobs;
import fr.ozcar.insitu.web.database.DatabaseTarget;
import fr.ozcar.insitu.web.deposit.DepositSources;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports a deposit through the same job and importer as the HTTP upload (the application context
 * is started without its HTTP server), printing progress and then the report as JSON.
 */
@Command(name = "import", description = "Import a deposit: a zip, a folder, or a metadata JSON followed by data files."
        + " Exit code 0 when imported, unchanged or (--dry-run) valid, 1 when rejected, 2 when the embedded"
        + " database is in use by the server.")
public class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "deposit zip, deposit folder, or XXXX_en.json")
    Path deposit;

    @Parameters(index = "1..*", description = "data files (with a metadata JSON)")
    List<Path> dataFiles = List.of();

    @Option(names = "--producer", description = "the producer the deposit must be for (as in the upload URL)")
    String producerId;

    @Option(names = "--dry-run", description = "validate only: the full report, nothing written")
    boolean dryRun;

    /** What to do with a valid deposit. */
    ImportMode mode() {
        return dryRun ? ImportMode.DRY_RUN : ImportMode.REPLACE;
    }

    @Override
    public Integer call() throws Exception {
        DatabaseTarget database = DatabaseTarget.resolve(System.getenv());
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(database.micronautProperties())
                .start()) {
            ImportJobs jobs = context.getBean(ImportJobs.class);
            ImportJobs.Submitted submitted = jobs.submit(producerId, DepositSources.of(deposit, dataFiles), mode());
            ImportReport report = awaitWithProgress(jobs, submitted);
            System.out.println(new ObjectMapper().findAndRegisterModules()
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            return report.outcome() == ImportReport.Outcome.REJECTED ? 1 : 0;
        } finally {
            if (database.embedded() != null) {
                database.embedded().close();
            }
        }
    }

    private static ImportReport awaitWithProgress(ImportJobs jobs, ImportJobs.Submitted submitted) throws Exception {
        CompletableFuture<ImportReport> report = submitted.report();
        while (true) {
            try {
                return report.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException running) {
                jobs.find(submitted.id()).ifPresent(ImportCommand::printProgress);
            }
        }
    }

    private static void printProgress(ImportJob job) {
        System.err.printf("%s: %s, files %d/%d, rows %d/%d%n", job.status(), job.phase() == null ? "" : job.phase(),
                job.filesDone(), job.filesTotal(), job.rowsDone(), job.rowsTotal());
    }
}
