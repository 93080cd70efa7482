package fr.ozcar.insitu.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.database.EmbeddedDatabase;
import fr.ozcar.insitu.core.demo.DemoCatalogue;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.core.demo.DemoProducer;
import fr.ozcar.insitu.core.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line of the jar: {@code demo} writes the demo deposits, {@code import} takes a zip, a
 * folder, or a metadata JSON with its data files through the same import jobs as the HTTP upload.
 */
class CommandLineTest {

    private static final List<String> PROPERTIES = List.of("datasources.default.url", "datasources.default.username",
            "insitu.data-dir", "insitu.thesaurus.directory");

    @TempDir
    Path directory;

    private TestDatabase database;

    @BeforeEach
    void pointTheCommandsAtATestDatabase() {
        database = TestDatabase.create();
        System.setProperty("datasources.default.url", database.url());
        System.setProperty("datasources.default.username", "postgres");
        System.setProperty("insitu.data-dir", directory.resolve("data").toString());
        System.setProperty("insitu.thesaurus.directory", "memory");
    }

    @AfterEach
    void forgetTheProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void demoWritesOneDepositZipPerProducer() {
        assertThat(run("demo", directory.resolve("demo").toString())).isZero();
        assertThat(directory.resolve("demo")).isDirectoryContaining("glob:**/AMMA.zip")
                .isDirectoryContaining("glob:**/AGRH.zip").isDirectoryContaining("glob:**/OHGE.zip")
                .isDirectoryContaining("glob:**/OSRC.zip");
    }

    @Test
    void importOfAZipPublishesTheProducerAndAResendIsUnchanged() throws Exception {
        Path zip = new DemoGenerator().writeDeposit(producer("OSRC"), directory);
        assertThat(run("import", zip.toString())).isZero();
        assertThat(database.count("series where observation_id like 'OSRC%'")).isEqualTo(16);
        assertThat(run("import", "--producer", "OSRC", zip.toString())).isZero();
        assertThat(database.count("import_job where status = 'succeeded'")).isEqualTo(2);
    }

    @Test
    void importOfAFolderAndOfAMetadataFileWithLooseDataFilesGiveTheSameProducer() throws Exception {
        Path folder = new DemoGenerator().writeDepositFolder(producer("AGRH"), directory);
        assertThat(run("import", folder.toString())).isZero();
        long rows = database.count("measurement");

        Path loose = directory.resolve("loose");
        Files.createDirectories(loose);
        List<Path> dataFiles = unzipDatasets(folder, loose);
        Path metadata = Files.copy(folder.resolve("AGRH_en.json"), loose.resolve("AGRH_en.json"));
        String[] arguments = Stream.concat(Stream.of("import", metadata.toString()),
                dataFiles.stream().map(Path::toString)).toArray(String[]::new);
        assertThat(run(arguments)).isZero();
        assertThat(database.count("measurement")).isEqualTo(rows);
        assertThat(database.count("producer")).isEqualTo(1);
    }

    @Test
    void aRejectedDepositExitsWithOneAndWritesNothing() throws Exception {
        Path zip = new DemoGenerator().writeDeposit(producer("OSRC"), directory);
        assertThat(run("import", "--producer", "AMMA", zip.toString())).isEqualTo(1);
        assertThat(database.count("producer")).isZero();
        assertThat(database.count("import_job where status = 'failed'")).isEqualTo(1);
    }

    @Test
    void validateAndImportDryRunReportWithoutWritingAndSayByTheirExitCodeWhetherTheDepositIsValid() throws Exception {
        Path zip = new DemoGenerator().writeDeposit(producer("OSRC"), directory);
        assertThat(run("validate", zip.toString())).isZero();
        assertThat(run("import", "--dry-run", zip.toString())).isZero();
        assertThat(run("validate", "--producer", "AGRH", zip.toString())).isEqualTo(1);
        assertThat(database.count("producer")).isZero();
        assertThat(database.count("measurement")).isZero();
    }

    @Test
    void templateAndConvertWriteADepositsMetadataSkeletonAndADataFileWithoutADatabase() throws Exception {
        Path table = Files.writeString(directory.resolve("table.csv"), "time;value\n2024-01-01 00:00;1,5\n");
        assertThat(run("template", "ABCD", "--output", directory.toString())).isZero();
        assertThat(run("convert", table.toString(), "--observation", "ABCD_OBS_TODO", "--date-pattern",
                "yyyy-MM-dd HH:mm", "--output", directory.toString())).isZero();

        assertThat(directory.resolve("ABCD_en.json")).content().contains("\"producerId\": \"ABCD\"");
        assertThat(directory.resolve("ABCD_en.guide.md")).exists();
        assertThat(directory.resolve("ABCD_OBS_TODO.txt")).content()
                .contains("#Observation_ID;ABCD_OBS_TODO;", ";2024-01-01T00:00:00Z;;;;1.5;;");
        assertThat(run("convert", table.toString(), "--observation", "ABCD_OBS_X", "--date-pattern", "dd/MM/yyyy",
                "--output", directory.toString())).isEqualTo(1);
        assertThat(directory.resolve("ABCD_OBS_X.txt")).doesNotExist();
    }

    @Test
    void importWhileTheServerRunsOnTheEmbeddedDatabaseSaysWhatToDoInsteadOfAStackTrace() throws Exception {
        Path zip = new DemoGenerator().writeDeposit(producer("OSRC"), directory);
        System.clearProperty("datasources.default.url"); // the embedded database in insitu.data-dir
        try (EmbeddedDatabase server = EmbeddedDatabase.start(directory.resolve("data/pg"), 0)) {
            StringWriter err = new StringWriter();
            CommandLine commandLine = InsituCommand.commandLine().setErr(new PrintWriter(err, true));

            assertThat(commandLine.execute("import", zip.toString())).isEqualTo(InsituCommand.DATABASE_IN_USE);
            assertThat(err.toString()).contains("is in use by another insitu process",
                    "curl -X PUT -T XXXX.zip http://<server>/data/XXXX/new/").doesNotContain("Exception", "\tat ");
        }
    }

    private static int run(String... arguments) {
        return InsituCommand.commandLine().execute(arguments);
    }

    private static DemoProducer producer(String id) {
        return DemoCatalogue.producers().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Path> unzipDatasets(Path folder, Path target) throws IOException {
        try (Stream<Path> zips = Files.list(folder)) {
            return zips.filter(path -> path.getFileName().toString().endsWith(".zip"))
                    .flatMap(zip -> unzip(zip, target).stream()).toList();
        }
    }

    private static List<Path> unzip(Path zip, Path target) {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            List<Path> files = new java.util.ArrayList<>();
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(Path.of(entry.getName()).getFileName().toString());
                Files.copy(in, file);
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
