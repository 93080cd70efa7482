package fr.ozcar.insitu.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.export.ExportOptions;
import fr.ozcar.insitu.export.ExportScopes;
import fr.ozcar.insitu.export.ImportedCatc;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

    @TempDir
    Path scratch;

    @Test
    void exportedFilesWithTheirCitationHeaderReimportWithTheSameValues() throws Exception {
        DataSource source = ImportedCatc.database(scratch);
        Path deposit = DepositFixture.copyOfCatc(scratch);
        ExportOptions withCitations = new ExportOptions(Optional.empty(), Optional.empty(), false, true);
        try (Stream<Path> files = Files.walk(deposit)) {
            for (Path dataFile : files.filter(file -> file.toString().endsWith(".txt")).toList()) {
                String observationId = dataFile.getFileName().toString().replace(".txt", "");
                try (OutputStream out = Files.newOutputStream(dataFile)) {
                    export(source, observationId, withCitations, out);
                }
            }
        }
        assertThat(Files.readString(deposit.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt")))
                .contains("#DOI;10.15148/0000-0000-TEST;", "#Quality_flag;4;doubtful;",
                        "#Licence;CC-BY-4.0;https://creativecommons.org/licenses/by/4.0/;");

        DataSource reimported = ImportedCatc.importFolder(deposit);

        assertThat(ImportedCatc.measurements(reimported)).isNotEmpty()
                .containsExactlyElementsOf(ImportedCatc.measurements(source));
    }

    @Test
    void missingValuesAreTheDeclaredCodeOrEmptyAsAsked() throws Exception {
        DataSource source = ImportedCatc.database(scratch);
        String declared = text(source, "CATC_OBS_AirTemp_Upper", ExportOptions.ALL);
        String empty = text(source, "CATC_OBS_AirTemp_Upper",
                new ExportOptions(Optional.empty(), Optional.empty(), true, false));

        assertThat(declared).contains("\n;2020-01-01T00:30:00Z;43.2312;1.718;414;-9999.9;9;\n");
        assertThat(empty).contains("\n;2020-01-01T00:30:00Z;43.2312;1.718;414;;9;\n");
    }

    @Test
    void aWindowKeepsTheRowsFromItsStartToItsEndInclusive() throws Exception {
        DataSource source = ImportedCatc.database(scratch);
        String text = text(source, "CATC_OBS_AirTemp_Upper", new ExportOptions(
                Optional.of(Instant.parse("2020-01-01T00:00:00Z")), Optional.of(Instant.parse("2020-01-01T01:00:00Z")),
                false, false));

        List<String> rows = text.lines().filter(line -> !line.startsWith("#")).skip(1).toList();
        assertThat(rows).extracting(row -> row.split(";")[1])
                .containsExactly("2020-01-01T00:00:00Z", "2020-01-01T00:30:00Z", "2020-01-01T01:00:00Z");
    }

    private static String text(DataSource source, String observationId, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(source, observationId, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void export(DataSource source, String observationId, ExportOptions options, OutputStream out)
            throws Exception {
        new CsvFormat(source).prepare(new ExportScopes(source).series(observationId, options, Viewer.ANONYMOUS), options)
                .writeTo(out);
    }
}
