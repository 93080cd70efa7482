package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepositRoundTripTest {

    @TempDir
    Path scratch;

    @Test
    void everyValueTimeFlagPositionAndAdditionalValueReadsBackExactlyAsInTheFiles() throws Exception {
        TestDatabase database = TestDatabase.create();
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path zip = DepositFixture.zip(folder, scratch.resolve("CATC.zip"));

        ImportReport report;
        try (ZipDepositSource source = new ZipDepositSource(zip)) {
            report = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                    .importDeposit("CATC", source, ImportProgress.NONE);
        }

        assertThat(report.errors()).isEmpty();
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.series()).isEqualTo(4);
        try (Connection connection = database.connect()) {
            long total = 0;
            for (Path file : DepositFixture.dataFiles(folder)) {
                String observationId = file.getFileName().toString().replace(".txt", "");
                boolean numeric = !observationId.contains("FieldNotes");
                String missing = switch (observationId) {
                    case "CATC_OBS_AirTemp_Upper" -> "-9999.9";
                    case "CATC_OBS_Rain_Upper" -> "-9999";
                    case "CATC_OBS_Conductivity_Boat" -> "NA";
                    default -> null;
                };
                try (InputStream in = Files.newInputStream(file)) {
                    var expected = RoundTrip.expected(in, numeric, missing, RoundTrip.station(connection, observationId));
                    assertThat(RoundTrip.stored(connection, observationId)).as(observationId)
                            .containsExactlyElementsOf(expected);
                    total += expected.size();
                }
            }
            assertThat(total).isEqualTo(report.rows()).isEqualTo(16);
        }
    }

    @Test
    void aDataFileWithClassicMacLineEndsReadsBackAsTheSameRows() throws Exception {
        assertAirTempReadsBackUnchangedWhenWritten(text -> text.replace("\n", "\r"));
    }

    @Test
    void columnNamesWrittenInAnotherCaseAreTheStandardColumns() throws Exception {
        assertAirTempReadsBackUnchangedWhenWritten(text -> text.replace(
                "date_begin;date_end;latitude;longitude;altitude;value;qualityFlags;",
                "Date_Begin;Date_End;Latitude;Longitude;Altitude;Value;QualityFlags;"));
    }

    /** The air temperature file, written another way, is imported as the rows of the original. */
    private void assertAirTempReadsBackUnchangedWhenWritten(UnaryOperator<String> rewrite) throws Exception {
        TestDatabase database = TestDatabase.create();
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path airTemp = folder.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt");
        byte[] original = Files.readAllBytes(airTemp);
        Files.writeString(airTemp, rewrite.apply(Files.readString(airTemp)));

        ImportReport report = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        try (Connection connection = database.connect()) {
            var expected = RoundTrip.expected(new java.io.ByteArrayInputStream(original), true, "-9999.9",
                    RoundTrip.station(connection, "CATC_OBS_AirTemp_Upper"));
            assertThat(expected).isNotEmpty();
            assertThat(RoundTrip.stored(connection, "CATC_OBS_AirTemp_Upper")).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theSameDepositImportsOnPostgisWithItsGeometries() throws Exception {
        TestDatabase database = TestDatabase.createOnPostgis();
        Path folder = DepositFixture.copyOfCatc(scratch);

        ImportReport report = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select ST_AsText(geom) from sampling_feature"
                     + " where name = 'Main stream transect'")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("LINESTRING(1.71 43.21,1.75 43.25,1.79 43.29)");
            try (InputStream in = Files.newInputStream(
                    folder.resolve("CATC_DAT_River/CATC_OBS_Conductivity_Boat.txt"))) {
                assertThat(RoundTrip.stored(connection, "CATC_OBS_Conductivity_Boat")).containsExactlyElementsOf(
                        RoundTrip.expected(in, true, "NA", RoundTrip.station(connection, "CATC_OBS_Conductivity_Boat")));
            }
        }
    }

    @Test
    void aFolderAndTheSameFilesZippedAreTheSameDeposit() throws Exception {
        TestDatabase database = TestDatabase.create();
        Path folder = DepositFixture.copyOfCatc(scratch);
        DepositImporter importer = new DepositImporter(database.dataSource(), VariableResolver.NONE,
                ImportLimits.DEFAULT);

        ImportReport fromFolder = importer.importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);
        ImportReport fromZip;
        try (ZipDepositSource source = new ZipDepositSource(DepositFixture.zip(folder, scratch.resolve("CATC.zip")))) {
            fromZip = importer.importDeposit("CATC", source, ImportProgress.NONE);
        }

        assertThat(fromFolder.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(fromZip.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
    }

    @Test
    void seriesSummariesAreMaintainedAtImport() throws Exception {
        TestDatabase database = TestDatabase.create();
        new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new FolderDepositSource(DepositFixture.copyOfCatc(scratch)), ImportProgress.NONE);

        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select row_count, first_time, last_time, min_value, max_value"
                     + " from series where observation_id = 'CATC_OBS_AirTemp_Upper'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(7);
            assertThat(rows.getObject(2, java.time.OffsetDateTime.class).toInstant())
                    .isEqualTo("2019-12-31T23:30:00Z");
            assertThat(rows.getObject(3, java.time.OffsetDateTime.class).toInstant())
                    .isEqualTo("2020-01-01T03:00:00Z");
            assertThat(rows.getDouble(4)).isEqualTo(-12.5);
            assertThat(rows.getDouble(5)).isEqualTo(12.3456789012345678);
        }
    }
}
