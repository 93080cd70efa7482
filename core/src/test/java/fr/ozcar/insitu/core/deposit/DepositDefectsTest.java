package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deposit broken in many different ways yields one report that locates every defect, and changes nothing. */
class DepositDefectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METEO = "CATC_DAT_Meteo.zip!/";
    private static final String RIVER = "CATC_DAT_River.zip!/";

    @TempDir
    Path scratch;

    @Test
    void everyDefectIsReportedWithItsLocationAndTheDatabaseIsUntouched() throws Exception {
        TestDatabase database = TestDatabase.create();
        DepositImporter importer = new DepositImporter(database.dataSource(), VariableResolver.NONE,
                ImportLimits.DEFAULT);
        Path valid = DepositFixture.copyOfCatc(scratch);
        try (ZipDepositSource v1 = new ZipDepositSource(DepositFixture.zip(valid, scratch.resolve("v1.zip")))) {
            assertThat(importer.importDeposit("CATC", v1, ImportProgress.NONE).outcome())
                    .isEqualTo(ImportReport.Outcome.IMPORTED);
        }
        Map<String, String> before = DatabaseSnapshot.of(database.dataSource());

        Path broken = DepositFixture.copyOfCatc(scratch);
        List<Tuple> expected = new ArrayList<>();
        breakMetadata(broken, expected);
        breakDataFiles(broken, expected);
        ImportReport report;
        try (ZipDepositSource source = new ZipDepositSource(DepositFixture.zip(broken, scratch.resolve("v2.zip")))) {
            report = importer.importDeposit("AGRH", source, ImportProgress.NONE);
        }

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(30);
        assertThat(report.problems())
                .extracting(Problem::code, Problem::file, Problem::line, Problem::column, Problem::jsonPath)
                .containsAll(expected);
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void aNulCharacterInMetadataTextIsTheDepositsErrorNotADatabaseFailure() throws Exception {
        TestDatabase database = TestDatabase.create();
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path metadata = folder.resolve("CATC_en.json");
        JsonNode root = JSON.readTree(metadata.toFile());
        set(root, "/producer/name", "Catch\u0000ment");
        ((ObjectNode) root.at("/producer")).put("note\u0000", "x");
        JSON.writeValue(metadata.toFile(), root);
        Map<String, String> before = DatabaseSnapshot.of(database.dataSource());

        ImportReport report = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new fr.ozcar.insitu.core.deposit.read.FolderDepositSource(folder), ImportProgress.NONE);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors()).extracting(Problem::code, Problem::file, Problem::jsonPath).contains(
                tuple("json-nul-character", "CATC_en.json", "$.producer.name"),
                tuple("json-nul-character", "CATC_en.json", "$.producer"));
        assertThat(DatabaseSnapshot.of(database.dataSource())).isEqualTo(before);
    }

    @Test
    void theDataFileOfAnObservationWithABadStationIsStillCheckedAndNotCalledUnexpected() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path metadata = folder.resolve("CATC_en.json");
        JsonNode root = JSON.readTree(metadata.toFile());
        set(root, "/datasets/0/observations/0/featureOfInterest/samplingFeature/geometry/coordinates/0", 200);
        JSON.writeValue(metadata.toFile(), root);
        Path airTemp = folder.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(airTemp));
        lines.set(6, lines.get(6).replaceFirst(";1\\|4;$", ";77;"));
        Files.write(airTemp, lines);

        ImportReport report = DepositFixture.importIntoNewDatabase(folder);

        assertThat(report.problems()).extracting(Problem::code, Problem::file, Problem::line).contains(
                tuple("json-bad-geometry", "CATC_en.json", null),
                tuple("csv-unknown-flag", "CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt", 7L));
        assertThat(report.problems()).extracting(Problem::code).doesNotContain("data-file-unexpected");
    }

    @Test
    void aNulByteInADataFileIsNamedAsSuchWithItsLineAndField() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path data = folder.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(data));
        lines.set(6, lines.get(6).replaceFirst(";([0-9.-]+);", ";$1\u0000;"));
        Files.write(data, lines);

        ImportReport report = DepositFixture.importIntoNewDatabase(folder);

        assertThat(report.errors()).filteredOn(problem -> problem.code().equals("csv-bad-encoding"))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.message()).contains("NUL character").doesNotContain("UTF-8");
                    assertThat(problem.line()).isEqualTo(7L);
                });
    }

    @Test
    void aUtf16DataFileIsNamedAsSuchOnItsFirstLine() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path data = folder.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt");
        Files.writeString(data, "\uFEFF" + Files.readString(data), StandardCharsets.UTF_16LE);

        ImportReport report = DepositFixture.importIntoNewDatabase(folder);

        assertThat(report.errors()).extracting(Problem::code, Problem::line, Problem::message).containsExactly(
                tuple("csv-bad-encoding", 1L, "the file is UTF-16 (spreadsheets' \"Unicode text\"): save it as UTF-8"));
    }

    @Test
    void aTruncatedDatasetZipIsNamedInTheReport() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path meteo = folder.resolve("CATC_DAT_Meteo");
        var zipped = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(zipped); var files = Files.list(meteo)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        byte[] whole = zipped.toByteArray();
        try (var files = Files.list(meteo)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(meteo);
        Files.write(folder.resolve("CATC_DAT_Meteo.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));

        ImportReport report = DepositFixture.importIntoNewDatabase(folder);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors()).extracting(Problem::code, Problem::file)
                .containsExactly(tuple("zip-unreadable", "CATC_DAT_Meteo.zip"));
    }

    @Test
    void aZipCompressedWithAMethodOtherThanDeflateIsNamedSoNotAsDamaged() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path meteo = folder.resolve("CATC_DAT_Meteo");
        var zipped = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(zipped); var files = Files.list(meteo)) {
            for (Path file : files.sorted().toList()) {
                byte[] content = Files.readAllBytes(file);
                var entry = new java.util.zip.ZipEntry(file.getFileName().toString());
                entry.setMethod(java.util.zip.ZipEntry.STORED);
                entry.setSize(content.length);
                var crc = new java.util.zip.CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        byte[] bzip2 = zipped.toByteArray();
        for (int i = 0; i + 10 < bzip2.length; i++) { // what 7-Zip writes for bzip2: method 12 in each header
            if (bzip2[i] == 'P' && bzip2[i + 1] == 'K' && bzip2[i + 2] == 3 && bzip2[i + 3] == 4) {
                bzip2[i + 8] = 12;
            } else if (bzip2[i] == 'P' && bzip2[i + 1] == 'K' && bzip2[i + 2] == 1 && bzip2[i + 3] == 2) {
                bzip2[i + 10] = 12;
            }
        }
        try (var files = Files.list(meteo)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(meteo);
        Files.write(folder.resolve("CATC_DAT_Meteo.zip"), bzip2);

        ImportReport report = DepositFixture.importIntoNewDatabase(folder);

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("zip-unreadable");
            assertThat(problem.file()).isEqualTo("CATC_DAT_Meteo.zip");
            assertThat(problem.message()).startsWith("this dataset zip is compressed with bzip2, which is not read here:"
                    + " create the zip with the standard Deflate method").doesNotContain("damaged");
        });
    }

    @Test
    void aWarningOfADataFileIsReportedOnceThoughTheFileIsReadTwice() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path rain = folder.resolve("CATC_DAT_Meteo/CATC_OBS_Rain_Upper.txt");
        List<String> lines = Files.readAllLines(rain);
        int columnLine = 0;
        while (lines.get(columnLine).startsWith("#")) {
            columnLine++;
        }
        Files.write(rain, lines.subList(0, columnLine + 1));

        ImportReport report = DepositFixture.importIntoNewDatabase(folder);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.warnings()).filteredOn(problem -> problem.code().equals("csv-no-rows")).hasSize(1);
    }

    @Test
    void aUtcTimeWrittenAnotherWayIsRefusedSayingWhatToWriteInstead() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path metadata = folder.resolve("CATC_en.json");
        Files.writeString(metadata, Files.readString(metadata).replaceFirst(
                "\"dateBeg\": \"2019-12-31T23:00:00Z\"", "\"dateBeg\": \"2019-12-31T23:00:00+00:00\""));
        Path airTemp = folder.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt");
        Files.writeString(airTemp, Files.readString(airTemp)
                .replace(";2019-12-31T23:30:00Z;", "; 2019-12-31T23:30:00Z ;")
                .replace(";2020-01-01T00:00:00Z;", ";2020-01-01T01:00:00+01:00;")
                .replace(";2020-01-01T00:30:00Z;", ";2020-01-01T00:30:00z;"));

        ImportReport report = DepositFixture.importIntoNewDatabase(folder);

        assertThat(report.errors()).extracting(Problem::code, Problem::line, Problem::message).contains(
                tuple("csv-bad-date", 6L, "date_end ' 2019-12-31T23:30:00Z ' is not a date-time as the pivot format"
                        + " writes it, YYYY-MM-DDThh:mm:ss[.ffffff]Z (UTC): remove the spaces around it"),
                tuple("csv-bad-date", 7L, "date_end '2020-01-01T01:00:00+01:00' is not a date-time as the pivot"
                        + " format writes it, YYYY-MM-DDThh:mm:ss[.ffffff]Z (UTC): convert it to UTC and end it with"
                        + " Z instead of the offset +01:00"),
                tuple("csv-bad-date", 8L, "date_end '2020-01-01T00:30:00z' is not a date-time as the pivot format"
                        + " writes it, YYYY-MM-DDThh:mm:ss[.ffffff]Z (UTC): the final Z must be a capital letter"));
        assertThat(report.errors()).filteredOn(problem -> problem.code().equals("json-bad-date"))
                .singleElement().satisfies(problem -> assertThat(problem.message())
                        .endsWith("(UTC): write the UTC offset +00:00 as a final Z"));
    }

    @Test
    void aDatasetSentBothZippedAndAsAFolderNamesBothCopiesOfEachFile() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(folder.resolve("CATC_DAT_Meteo.zip")));
             var files = Files.list(folder.resolve("CATC_DAT_Meteo"))) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
            }
        }

        ImportReport report = DepositFixture.importIntoNewDatabase(folder);

        assertThat(report.errors()).extracting(Problem::code, Problem::file, Problem::message).containsExactly(
                tuple("duplicate-data-file", "CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt",
                        "a second data file for observation CATC_OBS_AirTemp_Upper, which already has "
                                + "CATC_DAT_Meteo.zip!/CATC_OBS_AirTemp_Upper.txt: keep one"),
                tuple("duplicate-data-file", "CATC_DAT_Meteo/CATC_OBS_Rain_Upper.txt",
                        "a second data file for observation CATC_OBS_Rain_Upper, which already has "
                                + "CATC_DAT_Meteo.zip!/CATC_OBS_Rain_Upper.txt: keep one"));
    }

    @Test
    void aPaddedOrCommaDecimalNumberIsRefusedSayingWhatToChange() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path airTemp = folder.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt");
        Files.writeString(airTemp, Files.readString(airTemp)
                .replace(";43.2312;1.718;414;4.31;1;", ";43.2312;1.718;414; 4.31 ;1;")
                .replace(";43.2312;1.718;414;3.9;1|4;", ";43,2312;1.718;414;3.9;1|4;"));

        ImportReport report = DepositFixture.importIntoNewDatabase(folder);

        assertThat(report.errors()).extracting(Problem::code, Problem::line, Problem::message).contains(
                tuple("csv-bad-value", 6L, "value ' 4.31 ' is not a number nor the missing value code -9999.9:"
                        + " remove the spaces around it"),
                tuple("csv-bad-latitude", 7L, "latitude '43,2312' is not a latitude in degrees (-90 to 90):"
                        + " write the decimal separator as '.'"));
    }

    @Test
    void aFileWithThousandsOfBadRowsReportsAHundredAndCountsTheRest() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path airTemp = folder.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt");
        StringBuilder text = new StringBuilder(Files.readString(airTemp));
        java.time.Instant hour = java.time.Instant.parse("2020-02-01T00:00:00Z");
        for (int i = 0; i < 5000; i++, hour = hour.plusSeconds(3600)) {
            text.append(";").append(hour).append(";43.2312;1.718;414;x;1;\n"); // one error per row: the value
        }
        Files.writeString(airTemp, text);

        ImportReport report = DepositFixture.importIntoNewDatabase(folder);

        String file = "CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt";
        assertThat(report.problems()).filteredOn(problem -> file.equals(problem.file())).hasSize(101);
        Problem summary = report.problems().get(report.problems().size() - 1);
        assertThat(summary.code()).isEqualTo("too-many-problems");
        assertThat(summary.file()).isEqualTo(file);
        assertThat(summary.message()).startsWith("and 4901 more problems in this file (4900 errors)");
    }

    @Test
    void aLineLongerThanTheLimitIsReportedWithoutBeingBuffered() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path rain = folder.resolve("CATC_DAT_Meteo/CATC_OBS_Rain_Upper.txt");
        Files.writeString(rain, Files.readString(rain) + "2020-01-01T02:00:00Z;2020-01-01T03:00:00Z;43.2312;1.718;414;0;0;"
                + "0.1;" + "a very long comment ".repeat(100_000) + "\r\n");
        ImportLimits limits = new ImportLimits(1L << 30, 1L << 32, 1000, 200, 1 << 20, 4096, 100);

        ImportReport report = new DepositImporter(TestDatabase.create().dataSource(), VariableResolver.NONE, limits)
                .importDeposit("CATC", new fr.ozcar.insitu.core.deposit.read.FolderDepositSource(folder),
                        ImportProgress.NONE);

        assertThat(report.errors()).extracting(Problem::code, Problem::file, Problem::line).containsExactly(
                tuple("csv-line-too-long", "CATC_DAT_Meteo/CATC_OBS_Rain_Upper.txt", 9L));
    }

    private static Tuple json(String code, String path) {
        return tuple(code, "CATC_en.json", null, null, path);
    }

    private static Tuple csv(String code, String file, long line, Integer column) {
        return tuple(code, file, line, column, null);
    }

    private static void breakMetadata(Path deposit, List<Tuple> expected) throws Exception {
        Path file = deposit.resolve("CATC_en.json");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        set(root, "/producer/email", "not-an-email");
        expected.add(json("json-bad-email", "$.producer.email"));
        set(root, "/producer/objectives", "");
        expected.add(json("json-empty-value", "$.producer.objectives"));
        set(root, "/producer/contacts/1/role", "Boss");
        expected.add(json("json-unknown-value", "$.producer.contacts[1].role"));
        set(root, "/producer/contacts/0/organisation/iso3166", "FRA");
        expected.add(json("json-bad-country-code", "$.producer.contacts[0].organisation.iso3166"));
        set(root, "/producer/contacts/0/orcId", "1234");
        expected.add(json("json-bad-orcid", "$.producer.contacts[0].orcId"));
        set(root, "/producer/fundings/0/type", "Bank");
        expected.add(json("json-unknown-value", "$.producer.fundings[0].type"));
        ((ObjectNode) root.at("/producer")).remove("title");
        expected.add(json("json-missing-field", "$.producer.title"));
        set(root, "/producer/onlineResource/urlInfo", "catc.example.org");
        expected.add(json("json-bad-url", "$.producer.onlineResource.urlInfo"));
        set(root, "/producer/colour", "blue");
        expected.add(tuple("json-unknown-field", "CATC_en.json", null, null, "$.producer.colour"));
        expected.add(json("producer-id-mismatch", "$.producer.producerId")); // sent for AGRH

        String meteo = "/datasets/0/metadata";
        set(root, meteo + "/topicCategories/1", "Cooking");
        expected.add(json("json-unknown-value", "$.datasets[0].metadata.topicCategories[1]"));
        set(root, meteo + "/portalSearchCriteria/climates/0", "Tropical");
        expected.add(json("json-unknown-value", "$.datasets[0].metadata.portalSearchCriteria.climates[0]"));
        set(root, meteo + "/portalSearchCriteria/geologies/0", "Granite");
        expected.add(json("json-unknown-value", "$.datasets[0].metadata.portalSearchCriteria.geologies[0]"));
        set(root, meteo + "/contacts/0/role", "Project leader");
        expected.add(json("json-unknown-value", "$.datasets[0].metadata.contacts[0].role"));
        set(root, meteo + "/dataConstraint/embargo/duration", "a year");
        expected.add(json("json-wrong-type", "$.datasets[0].metadata.dataConstraint.embargo.duration"));
        set(root, meteo + "/dataConstraint/embargo/priviledgedUsers/0", "marie");
        expected.add(json("json-bad-email", "$.datasets[0].metadata.dataConstraint.embargo.priviledgedUsers[0]"));
        ((ObjectNode) root.at(meteo)).putNull("objective");
        expected.add(json("json-empty-value", "$.datasets[0].metadata.objective"));

        String rain = "/datasets/0/observations/1";
        set(root, rain + "/processingLevel", "Level 2");
        expected.add(json("json-unknown-value", "$.datasets[0].observations[1].processingLevel"));
        set(root, rain + "/dataType", "Number");
        expected.add(json("json-unknown-value", "$.datasets[0].observations[1].dataType"));
        set(root, rain + "/timeSerie", "yes");
        expected.add(json("json-wrong-type", "$.datasets[0].observations[1].timeSerie"));
        set(root, rain + "/temporalExtent/dateBeg", "2019-12-31");
        expected.add(json("json-bad-date", "$.datasets[0].observations[1].temporalExtent.dateBeg"));

        ArrayNode riverObservations = (ArrayNode) root.at("/datasets/1/observations");
        ObjectNode notes = (ObjectNode) riverObservations.get(1);
        set(root, "/datasets/1/observations/1/observationId", "AGRH_OBS_FieldNotes_Bridge");
        expected.add(json("id-prefix-mismatch", "$.datasets[1].observations[1].observationId"));
        ObjectNode flags = ((ArrayNode) root.at("/datasets/1/observations/0/result/qualityFlags")).addObject();
        flags.put("code", "1").put("description", "good again");
        expected.add(json("json-duplicate-flag", "$.datasets[1].observations[0].result.qualityFlags[2].code"));

        ObjectNode badId = riverObservations.addObject().setAll(notes.deepCopy());
        badId.put("observationId", "CATC_FieldNotes_Bad");
        ((ObjectNode) badId.at("/result/dataFile")).put("name", "CATC_OBS_Missing.txt");
        ((ObjectNode) badId.at("/result")).putArray("additionalValues").addObject().put("name", "x")
                .put("columnName", "value");
        expected.add(json("json-bad-id", "$.datasets[1].observations[2].observationId"));
        expected.add(json("data-file-missing", "$.datasets[1].observations[2].result.dataFile.name"));
        expected.add(json("json-duplicate-column", "$.datasets[1].observations[2].result.additionalValues[0].columnName"));
        ObjectNode duplicate = riverObservations.addObject().setAll(notes.deepCopy());
        duplicate.put("observationId", "CATC_OBS_Conductivity_Boat");
        set(duplicate, "/featureOfInterest/samplingFeature/geometry/coordinates", JSON.readTree("[200, 43]"));
        expected.add(json("duplicate-observation-id", "$.datasets[1].observations[3].observationId"));
        expected.add(json("json-bad-geometry",
                "$.datasets[1].observations[3].featureOfInterest.samplingFeature.geometry.coordinates"));

        ArrayNode datasets = (ArrayNode) root.at("/datasets");
        ObjectNode river = (ObjectNode) datasets.get(1);
        datasets.addObject().put("datasetId", "CATC_DAT_River").set("metadata", river.get("metadata").deepCopy());
        ((ObjectNode) datasets.get(2)).putArray("observations");
        expected.add(json("duplicate-dataset-id", "$.datasets[2].datasetId"));
        datasets.addObject().put("datasetId", "CATC_Extra").set("metadata", river.get("metadata").deepCopy());
        ((ObjectNode) datasets.get(3)).putArray("observations");
        expected.add(json("json-bad-id", "$.datasets[3].datasetId"));
        ObjectNode soil = datasets.addObject().put("datasetId", "CATC_DAT_Soil");
        soil.set("metadata", river.get("metadata").deepCopy());
        ObjectNode soilNotes = soil.putArray("observations").addObject().setAll(notes.deepCopy());
        soilNotes.put("observationId", "CATC_OBS_Soil");
        ((ObjectNode) soilNotes.at("/result/dataFile")).put("name", "CATC_OBS_Soil.txt");
        ObjectNode pathName = ((ArrayNode) soil.get("observations")).addObject().setAll(notes.deepCopy());
        pathName.put("observationId", "CATC_OBS_Soil2");
        ((ObjectNode) pathName.at("/result/dataFile")).put("name", "../etc/passwd");
        expected.add(json("dataset-zip-missing", "$.datasets[4].datasetId"));
        expected.add(json("json-bad-file-name", "$.datasets[4].observations[1].result.dataFile.name"));

        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static void breakDataFiles(Path deposit, List<Tuple> expected) throws Exception {
        String airTemp = METEO + "CATC_OBS_AirTemp_Upper.txt";
        byte[] latin1 = "2020-01-01T07:00:00Z;2020-01-01T08:00:00Z;43.2312;1.718;414;3\u00e9;1;\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        String text = String.join("\n",
                "#Date_of_extraction;2024-04-30T00:00:00Z;",
                "#Observation_ID;CATC_OBS_AirTemp_Upper;",
                "#Title;Meteorological station of the upper catchment;",
                "#Variable_name;Air Temperature at height 2 m;",
                "date_begin;date_end;latitude;longitude;altitude;value;qualityFlags;",
                "2019-12-31T23:00:00Z;2019-12-31 23:30;43.2312;1.718;414;4.31;1;",
                "2019-12-31T23:30:00Z;2020-01-01T00:00:00Z;43.2312;1.718;414;3.9;1|5;",
                ";2020-01-01T00:30:00Z;43.2312;1.718;414;-9999.9;9;",
                "2020-01-01T00:30:00Z;2020-01-01T01:00:00Z;43.2312;1.718;414;abc;;",
                "2020-01-01T02:00:00Z;2020-01-01T01:30:00.5Z;43.2312;1.718;414;1e-3;4;",
                "2020-01-01T01:30:00.5Z;2020-01-01T01:30:00.5Z;43.2312;1.718;414;12.5;1;",
                ";2020-01-01T00:10:00Z;43.2312;1.718;414;-12.5;1;",
                "2020-01-01T04:00:00Z;2020-01-01T05:00:00Z;43.2312;1.718;414;1.0",
                "2020-01-01T05:00:00Z;2020-01-01T06:00:00Z;95.1;1.718;414;2.0;1;",
                "2020-01-01T06:00:00Z;2020-01-01T07:00:00Z;43.2312;-181;414;2.5;1;",
                "");
        byte[] tail = ("2020-01-01T08:00:00Z;2020-01-01T09:00:00Z;43.2312;1.718;high;4.5;1;\n")
                .getBytes(StandardCharsets.UTF_8);
        Path airTempFile = deposit.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt");
        Files.write(airTempFile, concat(text.getBytes(StandardCharsets.UTF_8), latin1, tail));
        expected.add(csv("csv-bad-header", airTemp, 3, 1));
        expected.add(csv("csv-bad-date", airTemp, 6, 2));
        expected.add(csv("csv-unknown-flag", airTemp, 7, 7));
        expected.add(csv("csv-bad-value", airTemp, 9, 6));
        expected.add(csv("csv-date-end-before-begin", airTemp, 10, 2));
        expected.add(csv("csv-duplicate-time", airTemp, 11, 2));
        expected.add(csv("csv-time-not-increasing", airTemp, 12, 2));
        expected.add(csv("csv-column-count", airTemp, 13, null));
        expected.add(csv("csv-bad-latitude", airTemp, 14, 3));
        expected.add(csv("csv-outside-temporal-extent", airTemp, 14, 2));
        expected.add(csv("csv-bad-longitude", airTemp, 15, 4));
        expected.add(csv("csv-bad-encoding", airTemp, 16, 6));
        expected.add(csv("csv-bad-altitude", airTemp, 17, 5));

        Path boat = deposit.resolve("CATC_DAT_River/CATC_OBS_Conductivity_Boat.txt");
        Files.writeString(boat, Files.readString(boat).replace(";qualityFlags;", ";quality;"));
        expected.add(csv("csv-unknown-column", RIVER + "CATC_OBS_Conductivity_Boat.txt", 5, 7));
        expected.add(csv("csv-missing-column", RIVER + "CATC_OBS_Conductivity_Boat.txt", 5, null));
        expected.add(csv("csv-observation-mismatch", RIVER + "CATC_OBS_FieldNotes_Bridge.txt", 2, 2));

        Path rain = deposit.resolve("CATC_DAT_Meteo/CATC_OBS_Rain_Upper.txt");
        List<String> rainLines = Files.readAllLines(rain);
        Files.write(rain, rainLines.subList(0, 4));
        expected.add(csv("csv-no-column-line", METEO + "CATC_OBS_Rain_Upper.txt", 4, null));

        Files.writeString(deposit.resolve("CATC_DAT_Meteo/README.txt"), "Upper station data, see the manual.\n");
        expected.add(tuple("data-file-unexpected", METEO + "README.txt", null, null, null));
        Files.createDirectories(deposit.resolve("CATC_DAT_Old"));
        Files.writeString(deposit.resolve("CATC_DAT_Old/CATC_OBS_Old.txt"), "#Date_of_extraction;2020-01-01T00:00:00Z;\n");
        expected.add(tuple("dataset-zip-unexpected", "CATC_DAT_Old.zip", null, null, null));
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static void set(JsonNode root, String pointer, Object value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        String last = path.last().getMatchingProperty();
        JsonNode node = value instanceof JsonNode json ? json : JSON.valueToTree(value);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), node);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
    }
}
