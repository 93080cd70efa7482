package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new version of a deposit replaces the previous one all at once, keeping identities; or changes nothing. */
class DepositReplaceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path scratch;

    private TestDatabase database;
    private DepositImporter importer;

    @BeforeEach
    void importVersionOne() {
        database = TestDatabase.create();
        importer = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT);
        ImportReport v1 = importFolder(DepositFixture.copyOfCatc(scratch));
        assertThat(v1.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(v1.revision()).isEqualTo(1);
    }

    @Test
    void aVersionRefusedByTheDatabaseInItsLastFileLeavesThePreviousVersionIntact() throws Exception {
        Path v2 = versionTwo();
        Map<String, String> before = DatabaseSnapshot.of(database.dataSource());
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // valid for the pivot format, refused by the database: the load fails after earlier files were copied
            statement.execute("alter table measurement add constraint test_plausible check (value < 1000)");
        }

        ImportReport report = importZip(v2);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors()).extracting(Problem::code, Problem::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("load-refused",
                        "CATC_DAT_River.zip!/CATC_OBS_FieldNotes_Bridge.txt"));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("alter table measurement drop constraint test_plausible");
        }
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void aValidNewVersionReplacesThePreviousOneKeepingIdentitiesAndDroppingWhatIsGone() throws Exception {
        Map<String, Integer> seriesBefore = seriesIds();
        Map<String, Integer> stationsBefore = stationIds();

        ImportReport report = importZip(versionTwo());

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.revision()).isEqualTo(2);
        Map<String, Integer> seriesAfter = seriesIds();
        assertThat(seriesAfter).doesNotContainKey("CATC_OBS_Rain_Upper")
                .containsEntry("CATC_OBS_AirTemp_Upper", seriesBefore.get("CATC_OBS_AirTemp_Upper"))
                .containsEntry("CATC_OBS_Conductivity_Boat", seriesBefore.get("CATC_OBS_Conductivity_Boat"))
                .containsEntry("CATC_OBS_FieldNotes_Bridge", seriesBefore.get("CATC_OBS_FieldNotes_Bridge"));
        assertThat(stationIds()).isEqualTo(stationsBefore);
        assertThat(count("select count(*) from measurement where series_id = "
                + seriesBefore.get("CATC_OBS_Rain_Upper"))).isZero();
        assertThat(count("select count(*) from measurement m join series s on s.id = m.series_id"
                + " where s.observation_id = 'CATC_OBS_FieldNotes_Bridge'")).isEqualTo(3);
        assertThat(count("select count(*) from measurement m join series s on s.id = m.series_id"
                + " where s.observation_id = 'CATC_OBS_AirTemp_Upper' and m.value = 21.5")).isEqualTo(1);
        assertThat(report.seriesReloaded()).isEqualTo(2); // AirTemp and FieldNotes changed, Boat did not
    }

    @Test
    void theFirstStartDemoNeverReplacesAVersionTheProducerDepositedMeanwhile() throws Exception {
        Map<String, String> before = DatabaseSnapshot.of(database.dataSource()); // the producer's own version
        Path demo = versionTwo(); // a different deposit of the same producer id, as the demo data would be

        ImportReport report = importer.importDeposit(null, new FolderDepositSource(demo), ImportProgress.NONE,
                ImportMode.KEEP_EXISTING);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
        assertThat(report.revision()).isEqualTo(1);
        assertThat(report.warnings()).extracting(Problem::code).contains("producer-kept");
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void theFirstStartDemoImportsAProducerThatHasNoVersionYet() {
        TestDatabase empty = TestDatabase.create();
        ImportReport report = new DepositImporter(empty.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit(null, new FolderDepositSource(DepositFixture.copyOfCatc(scratch)), ImportProgress.NONE,
                        ImportMode.KEEP_EXISTING);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    }

    @Test
    void aDryRunReportsEveryProblemAndWritesNothing() throws Exception {
        Map<String, String> before = DatabaseSnapshot.of(database.dataSource());

        ImportReport valid = importer.importDeposit("CATC", new FolderDepositSource(versionTwo()), ImportProgress.NONE,
                ImportMode.DRY_RUN);
        Path broken = versionTwo();
        Files.delete(broken.resolve("CATC_DAT_River/CATC_OBS_FieldNotes_Bridge.txt"));
        ImportReport invalid = importer.importDeposit("CATC", new FolderDepositSource(broken), ImportProgress.NONE,
                ImportMode.DRY_RUN);

        assertThat(valid.outcome()).isEqualTo(ImportReport.Outcome.VALIDATED);
        assertThat(valid.rows()).isPositive();
        assertThat(invalid.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(invalid.errors()).extracting(Problem::code).contains("data-file-missing");
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void sendingTheSameDepositAgainChangesNothing() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Map<String, String> before = DatabaseSnapshot.of(database.dataSource());

        ImportReport again = importFolder(folder);

        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
        assertThat(again.revision()).isEqualTo(1);
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void onlyTheSeriesWhoseDataFileChangedAreReloaded() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path boat = folder.resolve("CATC_DAT_River/CATC_OBS_Conductivity_Boat.txt");
        Files.writeString(boat, Files.readString(boat).replace(";318;", ";318.5;"));
        long airTempRowsVersion = xmin("CATC_OBS_AirTemp_Upper");

        ImportReport report = importFolder(folder);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.seriesReloaded()).isEqualTo(1);
        assertThat(xmin("CATC_OBS_AirTemp_Upper")).as("untouched rows keep their version").isEqualTo(airTempRowsVersion);
    }

    @Test
    void concurrentImportsOfOneProducerAreSerialised() throws Exception {
        Path v2 = versionTwo();
        Path v3 = DepositFixture.copyOfCatc(scratch);
        Path boat = v3.resolve("CATC_DAT_River/CATC_OBS_Conductivity_Boat.txt");
        Files.writeString(boat, Files.readString(boat).replace(";318;", ";319;"));
        var executor = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = executor.submit(() -> importFolder(v2));
            var second = executor.submit(() -> importFolder(v3));

            assertThat(first.get().outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
            assertThat(second.get().outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        } finally {
            executor.shutdown();
        }
        assertThat(count("select revision from producer")).isEqualTo(3);
        long rows = count("select count(*) from measurement");
        long series = count("select count(*) from series");
        // one version or the other, whole: v2 has 3 series and 14 rows, v3 4 series and 16 rows
        assertThat(new long[] {series, rows}).satisfiesAnyOf(
                state -> assertThat(state).containsExactly(3, 14),
                state -> assertThat(state).containsExactly(4, 16));
        assertThat(count("select sum(row_count) from series")).isEqualTo(rows);
    }

    /** v1 without the rain series, a changed temperature, and a new field note with a value over 1000. */
    private Path versionTwo() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path metadata = folder.resolve("CATC_en.json");
        ObjectNode root = (ObjectNode) JSON.readTree(metadata.toFile());
        ((ArrayNode) root.at("/datasets/0/observations")).remove(1);
        ((ObjectNode) root.at("/datasets/1/observations/1")).put("dataType", "Numeric");
        ((ObjectNode) root.at("/datasets/1/observations/1/temporalExtent")).put("dateEnd", "2021-06-04T00:00:00Z");
        Files.writeString(metadata, JSON.writeValueAsString(root));
        Files.delete(folder.resolve("CATC_DAT_Meteo/CATC_OBS_Rain_Upper.txt"));
        Path airTemp = folder.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt");
        Files.writeString(airTemp, Files.readString(airTemp).replace(";-12.5;", ";21.5;"));
        Path notes = folder.resolve("CATC_DAT_River/CATC_OBS_FieldNotes_Bridge.txt");
        Files.writeString(notes, String.join("\n",
                "#Date_of_extraction;2024-05-30T00:00:00Z;",
                "#Observation_ID;CATC_OBS_FieldNotes_Bridge;",
                "#Dataset_title;River chemistry along the main stream;",
                "#Variable_name;Field observations;",
                "date_begin;date_end;latitude;longitude;altitude;value;qualityFlags;",
                ";2021-06-01T10:00:00Z;;;;12;",
                ";2021-06-02T10:00:00Z;;;;14;",
                ";2021-06-03T10:00:00Z;;;;1500;", ""));
        return folder;
    }

    private ImportReport importFolder(Path folder) {
        return importer.importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);
    }

    private ImportReport importZip(Path folder) throws Exception {
        try (ZipDepositSource source = new ZipDepositSource(
                DepositFixture.zip(folder, scratch.resolve("deposit-" + System.nanoTime() + ".zip")))) {
            return importer.importDeposit("CATC", source, ImportProgress.NONE);
        }
    }

    private Map<String, Integer> seriesIds() throws SQLException {
        return ids("select observation_id, id from series");
    }

    private Map<String, Integer> stationIds() throws SQLException {
        return ids("select name, id from sampling_feature");
    }

    private Map<String, Integer> ids(String sql) throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getInt(2));
            }
        }
        return ids;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long xmin(String observationId) throws SQLException {
        return count("select max(m.xmin::text::bigint) from measurement m join series s on s.id = m.series_id"
                + " where s.observation_id = '" + observationId + "'");
    }
}
