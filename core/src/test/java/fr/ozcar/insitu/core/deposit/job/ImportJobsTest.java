package fr.ozcar.insitu.core.deposit.job;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.read.DepositSource;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJobsTest {

    @TempDir
    Path scratch;

    @Test
    void aJobRecordsItsProgressAndItsReport() throws Exception {
        TestDatabase database = TestDatabase.create();
        ImportJobs jobs = jobs(database);

        ImportJobs.Submitted submitted = jobs.submit("CATC", new FolderDepositSource(catc()));
        submitted.report().join();

        ImportJob job = jobs.find(submitted.id()).orElseThrow();
        assertThat(job.status()).isEqualTo("succeeded");
        assertThat(job.producerId()).isEqualTo("CATC");
        assertThat(job.phase()).isEqualTo("loading");
        assertThat(job.filesDone()).isEqualTo(job.filesTotal()).isEqualTo(4);
        assertThat(job.rowsDone()).isEqualTo(job.rowsTotal()).isEqualTo(16);
        assertThat(job.report().path("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(job.startedAt()).isNotNull();
        assertThat(job.finishedAt()).isAfterOrEqualTo(job.startedAt());
    }

    @Test
    void aRejectedDepositFailsItsJobWithTheProblemsInTheReport() throws Exception {
        TestDatabase database = TestDatabase.create();
        ImportJobs jobs = jobs(database);
        Path folder = catc();
        Files.delete(folder.resolve("CATC_DAT_River/CATC_OBS_FieldNotes_Bridge.txt"));

        ImportJobs.Submitted submitted = jobs.submit(null, new FolderDepositSource(folder));
        submitted.report().join();

        ImportJob job = jobs.find(submitted.id()).orElseThrow();
        assertThat(job.status()).isEqualTo("failed");
        assertThat(job.producerId()).as("taken from the deposit").isEqualTo("CATC");
        assertThat(job.report().path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(job.report().path("problems").findValuesAsText("code")).contains("data-file-missing");
        assertThat(job.report().path("problems").get(0).fieldNames()).toIterable().containsExactlyInAnyOrder(
                "severity", "code", "message", "file", "line", "column", "jsonPath");
    }

    @Test
    void aJobWhoseWorkerRunsOutOfMemoryEndsFailedInsteadOfRunningForever() {
        TestDatabase database = TestDatabase.create();
        ImportJobs jobs = jobs(database);
        DepositSource exhausting = new DepositSource() {
            @Override
            public String description() {
                return "a deposit whose reading exhausts the heap";
            }

            @Override
            public long sizeInBytes() {
                return 1;
            }

            @Override
            public List<Entry> entries() {
                throw new OutOfMemoryError("Java heap space");
            }
        };

        ImportJobs.Submitted submitted = jobs.submit("CATC", exhausting);
        submitted.report().join();

        ImportJob job = jobs.find(submitted.id()).orElseThrow();
        assertThat(job.status()).isEqualTo("failed");
        assertThat(job.finishedAt()).isNotNull();
        assertThat(job.report().path("problems").findValuesAsText("code")).containsExactly("import-failed");
    }

    private static ImportJobs jobs(TestDatabase database) {
        return new ImportJobs(database.dataSource(),
                new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT), Runnable::run);
    }

    private Path catc() {
        return DepositFixture.copyOfCatc(scratch);
    }
}
