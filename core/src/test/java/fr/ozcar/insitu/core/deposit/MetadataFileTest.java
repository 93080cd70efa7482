package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.read.FilesDepositSource;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolution;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the metadata file is found, read and kept. */
class MetadataFileTest {

    @TempDir
    Path scratch;

    @Test
    void aTrailingCommaIsRejectedWithItsLineAndColumn() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path metadata = folder.resolve("CATC_en.json");
        String text = Files.readString(metadata).replace("\"Data manager\"\n      }\n    ],", "\"Data manager\"\n      },\n    ],");
        Files.writeString(metadata, text);

        ImportReport report = importer(TestDatabase.create(), VariableResolver.NONE)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors()).extracting(Problem::code, Problem::file, Problem::line, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("json-trailing-comma", "CATC_en.json", 26L, 5));
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtItsLine() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path metadata = folder.resolve("CATC_en.json");
        Files.writeString(metadata, Files.readString(metadata).replace("\"name\": \"CATC\",",
                "\"name\": \"CATC\", \"name\": \"Catchment\","));

        ImportReport report = importer(TestDatabase.create(), VariableResolver.NONE)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);

        assertThat(report.errors()).extracting(Problem::code, Problem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("json-syntax", 5L));
        assertThat(report.errors().get(0).message()).contains("Duplicate field 'name'");
    }

    @Test
    void aMetadataFileNotNamedAfterItsProducerIsAnError() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Files.move(folder.resolve("CATC_en.json"), folder.resolve("catc-metadata.json"));

        ImportReport report = importer(TestDatabase.create(), VariableResolver.NONE)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);

        assertThat(report.errors()).extracting(Problem::code, Problem::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata-file-name", "catc-metadata.json"));
    }

    @Test
    void filesArchiversAddOnTheirOwnAreIgnored() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Files.createDirectories(folder.resolve("__MACOSX/CATC_DAT_Meteo"));
        Files.write(folder.resolve("__MACOSX/._CATC_en.json"), new byte[] {0, 5, 22, 7, 0, 2});
        Files.write(folder.resolve("__MACOSX/CATC_DAT_Meteo/._CATC_OBS_Rain_Upper.txt"), new byte[] {0, 5, 22, 7});
        Files.write(folder.resolve("CATC_DAT_Meteo/.DS_Store"), new byte[] {0, 0, 0, 1, 66, 117, 100, 49});

        ImportReport report = importer(TestDatabase.create(), VariableResolver.NONE)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.problems()).extracting(Problem::code).containsOnly("variable-unresolved");
    }

    @Test
    void dataFilesAndDatasetZipsNamedInAnotherCaseAreMatchedToTheirObservations() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Files.move(folder.resolve("CATC_DAT_Meteo/CATC_OBS_Rain_Upper.txt"),
                folder.resolve("CATC_DAT_Meteo/catc_obs_rain_upper.TXT"));
        Files.move(folder.resolve("CATC_DAT_River"), folder.resolve("catc_dat_river"));
        TestDatabase database = TestDatabase.create();

        ImportReport report;
        try (ZipDepositSource source = new ZipDepositSource(DepositFixture.zip(folder, scratch.resolve("CATC.zip")))) {
            report = importer(database, VariableResolver.NONE).importDeposit("CATC", source, ImportProgress.NONE);
        }

        assertThat(report.problems()).extracting(Problem::code).containsOnly("variable-unresolved");
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.rows()).isEqualTo(16);
        assertThat(database.count("measurement m join series s on s.id = m.series_id"
                + " where s.observation_id = 'CATC_OBS_Rain_Upper'")).isPositive();
    }

    @Test
    void aZipWhoseFoldersAreSeparatedByBackslashesIsReadAsTheSameDeposit() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path zip = scratch.resolve("CATC.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("CATC\\CATC_en.json"));
            out.write(Files.readAllBytes(folder.resolve("CATC_en.json")));
            for (String dataset : List.of("CATC_DAT_Meteo", "CATC_DAT_River")) {
                var inner = new java.io.ByteArrayOutputStream();
                try (var datasetZip = new java.util.zip.ZipOutputStream(inner);
                     var files = Files.list(folder.resolve(dataset))) {
                    for (Path file : files.sorted().toList()) {
                        datasetZip.putNextEntry(new java.util.zip.ZipEntry(dataset + "\\" + file.getFileName()));
                        datasetZip.write(Files.readAllBytes(file));
                    }
                }
                out.putNextEntry(new java.util.zip.ZipEntry("CATC\\" + dataset + ".zip"));
                out.write(inner.toByteArray());
            }
        }

        ImportReport report;
        try (ZipDepositSource source = new ZipDepositSource(zip)) {
            report = importer(TestDatabase.create(), VariableResolver.NONE)
                    .importDeposit("CATC", source, ImportProgress.NONE);
        }

        assertThat(report.problems()).extracting(Problem::code).containsOnly("variable-unresolved");
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.rows()).isEqualTo(16);
    }

    @Test
    void aMetadataFileWithLooseDataFilesIsADeposit() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        TestDatabase database = TestDatabase.create();

        ImportReport report = importer(database, VariableResolver.NONE).importDeposit("CATC",
                FilesDepositSource.of(folder.resolve("CATC_en.json"), DepositFixture.dataFiles(folder)),
                ImportProgress.NONE);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.rows()).isEqualTo(16);
    }

    @Test
    void theOriginalMetadataAndTheVariableResolutionAreStored() throws Exception {
        TestDatabase database = TestDatabase.create();
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path metadata = folder.resolve("CATC_en.json");
        // more digits than a double holds: the stored document keeps them all
        Files.writeString(metadata, Files.readString(metadata).replace("[1.718, 43.2312, 414]",
                "[1.718000000000000000001, 43.2312, 414]"));
        VariableResolver thesaurus = query -> query.name().startsWith("Air Temperature")
                ? new VariableResolution("https://w3id.org/ozcar-theia/atmosphericTemperature", "Air temperature",
                List.of("https://w3id.org/ozcar-theia/atmosphere"), 1.0, "exact IRI", "theiaCategories names it")
                : VariableResolution.unresolved("no match for " + query.name());

        ImportReport report = importer(database, thesaurus)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);

        assertThat(report.warnings()).extracting(Problem::code, Problem::jsonPath).contains(
                org.assertj.core.groups.Tuple.tuple("variable-unresolved", "$.datasets[0].observations[1].observedProperty"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("variable-unresolved",
                        "$.datasets[0].observations[0].observedProperty"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select document::text from producer")) {
                rows.next();
                assertThat(json.readTree(rows.getString(1))).isEqualTo(json.readTree(metadata.toFile()));
            }
            try (var select = connection.prepareStatement("select document = ?::jsonb from producer")) {
                select.setString(1, Files.readString(metadata));
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    assertThat(rows.getBoolean(1)).as("jsonb equality, numbers compared exactly").isTrue();
                }
            }
            try (ResultSet rows = statement.executeQuery("select variable_iri, variable_resolution->>'method',"
                    + " (variable_resolution->>'score')::float from series where observation_id = 'CATC_OBS_AirTemp_Upper'")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("https://w3id.org/ozcar-theia/atmosphericTemperature");
                assertThat(rows.getString(2)).isEqualTo("exact IRI");
                assertThat(rows.getDouble(3)).isEqualTo(1.0);
            }
            try (ResultSet rows = statement.executeQuery("select count(*) from organisation")) {
                rows.next();
                assertThat(rows.getInt(1)).as("GET named twice, LH once").isEqualTo(2);
            }
        }
    }

    private static DepositImporter importer(TestDatabase database, VariableResolver resolver) {
        return new DepositImporter(database.dataSource(), resolver, ImportLimits.DEFAULT);
    }
}
