package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or oversized archives are rejected cleanly, while streaming, and write nothing. */
class ArchiveSafetyTest {

    @TempDir
    Path scratch;

    private TestDatabase database;
    private Map<String, String> before;

    @BeforeEach
    void emptyDatabase() throws Exception {
        database = TestDatabase.create();
        before = DatabaseSnapshot.of(database.dataSource());
    }

    @Test
    void anEntryClimbingOutOfItsFolderRejectsTheDeposit() throws Exception {
        Path zip = scratch.resolve("slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "CATC_en.json", "{}".getBytes());
            entry(out, "../../etc/cron.d/evil", "* * * * * root rm -rf /".getBytes());
        }

        ImportReport report = importZip(zip, ImportLimits.DEFAULT);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors()).extracting(Problem::code, Problem::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zip-unsafe-path", "../../etc/cron.d/evil"));
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void anAbsolutePathInsideADatasetZipRejectsTheDeposit() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path zip = scratch.resolve("absolute.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "CATC_en.json", Files.readAllBytes(folder.resolve("CATC_en.json")));
            var dataset = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream inner = new ZipOutputStream(dataset)) {
                entry(inner, "/tmp/CATC_OBS_AirTemp_Upper.txt", "x".getBytes());
            }
            entry(out, "CATC_DAT_Meteo.zip", dataset.toByteArray());
        }

        ImportReport report = importZip(zip, ImportLimits.DEFAULT);

        assertThat(report.errors()).extracting(Problem::code, Problem::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("zip-unsafe-path",
                        "CATC_DAT_Meteo.zip!//tmp/CATC_OBS_AirTemp_Upper.txt"));
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void aDecompressionBombIsStoppedAfterAFewMegabytes() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path zip = scratch.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "CATC_en.json", Files.readAllBytes(folder.resolve("CATC_en.json")));
            var dataset = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream inner = new ZipOutputStream(dataset)) {
                inner.putNextEntry(new ZipEntry("CATC_OBS_AirTemp_Upper.txt"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 1024; i++) { // 1 GiB of zeros, about 1 MB compressed
                    inner.write(zeros);
                }
                inner.closeEntry();
            }
            entry(out, "CATC_DAT_Meteo.zip", dataset.toByteArray());
        }
        assertThat(Files.size(zip)).isLessThan(3 << 20);

        long start = System.nanoTime();
        ImportReport report = importZip(zip, ImportLimits.DEFAULT);

        assertThat(report.errors()).extracting(Problem::code, Problem::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("decompression-bomb",
                        "CATC_DAT_Meteo.zip!/CATC_OBS_AirTemp_Upper.txt"));
        assertThat(System.nanoTime() - start).as("stopped early, not after inflating 1 GiB").isLessThan(5_000_000_000L);
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void aFiftyMegabyteMetadataFileOfOneLongStringIsTooLargeNotABomb() throws Exception {
        Path zip = scratch.resolve("long-string.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("CATC_en.json"));
            out.write("{\"version\": \"1.2\", \"producer\": {\"description\": \"".getBytes());
            byte[] letters = "a".repeat(1 << 20).getBytes();
            for (int i = 0; i < 50; i++) {
                out.write(letters);
            }
            out.write("\"}}".getBytes());
            out.closeEntry();
        }

        ImportReport report = importZip(zip, ImportLimits.DEFAULT);

        assertThat(report.errors()).extracting(Problem::code, Problem::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("metadata-too-large", "CATC_en.json"));
        assertThat(report.errors().get(0).message()).contains("16777216 bytes", "insitu.import.max-metadata-bytes");
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void aMetadataStringLongerThanAnyFieldNeedsIsNamedWithItsPath() throws Exception {
        Path zip = scratch.resolve("long-abstract.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "CATC_en.json", ("{\"version\": \"1.2\", \"producer\": {\"description\": \""
                    + "a".repeat(2 << 20) + "\"}}").getBytes());
        }

        ImportReport report = importZip(zip, ImportLimits.DEFAULT);

        assertThat(report.errors()).extracting(Problem::code, Problem::jsonPath).containsExactly(
                org.assertj.core.groups.Tuple.tuple("metadata-string-too-long", "$.producer.description"));
        assertThat(report.errors().get(0).message()).contains("2097152 characters");
    }

    @Test
    void anArchiveOverTheSizeLimitIsRejectedBeforeBeingRead() throws Exception {
        Path zip = DepositFixture.zip(DepositFixture.copyOfCatc(scratch), scratch.resolve("CATC.zip"));

        ImportReport report = importZip(zip, ImportLimits.DEFAULT.withMaxArchiveBytes(1000));

        assertThat(report.errors()).extracting(Problem::code).containsExactly("deposit-too-large");
        assertThat(report.errors().get(0).message()).contains("limit is 1000 bytes");
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void aDepositInflatingBeyondTheTotalLimitIsRejected() throws Exception {
        Path zip = DepositFixture.zip(DepositFixture.copyOfCatc(scratch), scratch.resolve("CATC.zip"));

        ImportReport report = importZip(zip, ImportLimits.DEFAULT.withMaxUncompressedBytes(1500));

        assertThat(report.errors()).extracting(Problem::code).containsExactly("deposit-too-large");
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void tooManyEntriesAreRejected() throws Exception {
        Path zip = DepositFixture.zip(DepositFixture.copyOfCatc(scratch), scratch.resolve("CATC.zip"));

        ImportReport report = importZip(zip, ImportLimits.DEFAULT.withMaxEntries(4));

        assertThat(report.errors()).extracting(Problem::code).containsExactly("too-many-entries");
    }

    @Test
    void aFileThatIsNotAZipIsRejected() throws Exception {
        Path zip = scratch.resolve("CATC.zip");
        Files.writeString(zip, "this is not a zip");

        ImportReport report = importZip(zip, ImportLimits.DEFAULT);

        assertThat(report.errors()).extracting(Problem::code).containsExactly("zip-unreadable");
    }

    private ImportReport importZip(Path zip, ImportLimits limits) throws IOException {
        try (ZipDepositSource source = new ZipDepositSource(zip)) {
            return new DepositImporter(database.dataSource(), VariableResolver.NONE, limits)
                    .importDeposit("CATC", source, ImportProgress.NONE);
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

}
