package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.job.ImportJobs;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports in a separate JVM: killed in the middle, or with a small heap. */
class ImportProcessTest {

    @TempDir
    Path scratch;

    @Test
    void killingTheImportingProcessMidLoadLeavesThePreviousVersionIntact() throws Exception {
        TestDatabase database = TestDatabase.create();
        DepositImporter importer = new DepositImporter(database.dataSource(), VariableResolver.NONE,
                ImportLimits.DEFAULT);
        Path v1 = DepositFixture.copyOfCatc(scratch);
        assertThat(importer.importDeposit("CATC", new FolderDepositSource(v1), ImportProgress.NONE).outcome())
                .isEqualTo(ImportReport.Outcome.IMPORTED);
        Map<String, String> before = withoutJobs(DatabaseSnapshot.of(database.dataSource()));
        Path large = GeneratedDeposit.write(scratch, 3_000_000);

        Process child = startImport(database, large, "-Xmx256m");
        long loadedWhenKilled = waitUntilLoading(database, child);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(loadedWhenKilled).isPositive();
        assertThat(withoutJobs(DatabaseSnapshot.of(database.dataSource()))).isEqualTo(before);
        ImportJobs jobs = new ImportJobs(database.dataSource(), importer, Runnable::run);
        assertThat(jobs.failInterruptedJobs()).isEqualTo(1);
        // the server survived, and the producer's lock went with the killed session
        assertThat(importer.importDeposit("CATC", new FolderDepositSource(v1), ImportProgress.NONE).outcome())
                .isEqualTo(ImportReport.Outcome.UNCHANGED);
    }

    @Test
    void aTwoMillionRowDepositImportsWithA64MegabyteHeap() throws Exception {
        TestDatabase database = TestDatabase.create();
        Path large = GeneratedDeposit.write(scratch, 2_000_000);

        Process child = startImport(database, large, "-Xmx64m");
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();

        String output = Files.readString(scratch.resolve("child.log"));
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("outcome=IMPORTED rows=2000009 errors=[]");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from measurement")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(2_000_009);
        }
    }

    @Test
    void aMetadataFileOfMillionsOfKeywordsIsRefusedWithinTheStatedMemoryBoundAndItsJobEndsFailed() throws Exception {
        TestDatabase database = TestDatabase.create();
        Path tooLarge = DepositFixture.copyOfCatc(scratch);
        withKeywords(tooLarge.resolve("CATC_en.json"), 1_800_000); // 44 MB, as the deposit that took 2.4 GB
        Path tooComplex = DepositFixture.copyOfCatc(scratch);
        withKeywords(tooComplex.resolve("CATC_en.json"), 250_000); // 500,000 values in 7 MB, under the byte limit

        for (Path deposit : List.of(tooLarge, tooComplex)) {
            Process child = startImport(database, deposit, "-Xmx160m"); // MetadataBudget's stated bound
            assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
            String output = Files.readString(scratch.resolve("child.log"));
            assertThat(child.exitValue()).as(output).isZero();
            assertThat(output).contains("outcome=REJECTED").doesNotContain("OutOfMemoryError")
                    .contains(deposit == tooLarge ? "code=metadata-too-large" : "code=metadata-too-complex");
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select status, count(*) from import_job group by status")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("failed");
            assertThat(rows.getLong(2)).isEqualTo(2);
            assertThat(rows.next()).as("no job in another state").isFalse();
        }
    }

    /** Writes {@code count} keywords into the first dataset, streaming: the test itself holds no tree. */
    private static void withKeywords(Path metadata, int count) throws Exception {
        String json = Files.readString(metadata);
        int firstDataset = json.indexOf('{', json.indexOf("\"datasets\""));
        try (var out = Files.newBufferedWriter(metadata)) {
            out.write(json, 0, firstDataset + 1);
            out.write("\"keywords\": [");
            for (int i = 0; i < count; i++) {
                out.write((i == 0 ? "" : ",") + "{\"keyword\": \"keyword " + i + "\"}");
            }
            out.write("],");
            out.write(json, firstDataset + 1, json.length() - firstDataset - 1);
        }
    }

    private Process startImport(TestDatabase database, Path zip, String heap) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), ImportInChildProcess.class.getName(),
                database.url(), zip.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(scratch.resolve("child.log").toFile()).start();
    }

    /** Rows loaded (uncommitted) when the job reports the load under way. */
    private static long waitUntilLoading(TestDatabase database, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline && child.isAlive()) {
                try (ResultSet rows = statement.executeQuery("select rows_done from import_job"
                        + " where phase = 'loading' and rows_done > 0")) {
                    if (rows.next()) {
                        return rows.getLong(1);
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the child import never reached the load (alive: " + child.isAlive() + ")");
    }

    private static Map<String, String> withoutJobs(Map<String, String> snapshot) {
        snapshot.remove("import_job");
        return snapshot;
    }
}
