package fr.ozcar.insitu.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.testing.TestDatabase;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text cells that a spreadsheet would run as formulas (OWASP CSV injection) leave the server behind a
 * quote, and come back in as they were deposited.
 */
class SpreadsheetFormulaRoundTripTest {

    private static final String FIELD_NOTES = "CATC_DAT_River/CATC_OBS_FieldNotes_Bridge.txt";
    private static final String RAIN = "CATC_DAT_Meteo/CATC_OBS_Rain_Upper.txt";

    @TempDir
    Path scratch;

    @Test
    void formulaCellsAreNeutralisedInTheExportedFileAndReadBackAsDeposited() throws Exception {
        Path deposited = DepositFixture.copyOfCatc(scratch);
        append(deposited.resolve(FIELD_NOTES),
                ";2021-06-03T10:00:00Z;;;;=HYPERLINK(\"http://evil.example\",\"open\");;",
                ";2021-06-04T10:00:00Z;;;;@SUM(1+1)*cmd|' /C calc'!A0;;",
                ";2021-06-05T10:00:00Z;;;;'quoted by the observer;;",
                ";2021-06-06T10:00:00Z;;;;-dry bed-;;",
                ";2021-06-07T10:00:00Z;;;;\tleading tab;;");
        append(deposited.resolve(RAIN),
                "2020-01-01T02:00:00Z;2020-01-01T03:00:00Z;43.2312;1.718;414;0.4;0;-0.02;+tipping bucket replaced;");
        TestDatabase first = TestDatabase.create();
        assertThat(DepositFixture.importInto(first, deposited).outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);

        String notes = export(first, "CATC_OBS_FieldNotes_Bridge");
        String rain = export(first, "CATC_OBS_Rain_Upper");
        assertThat(notes).contains(";'=HYPERLINK(\"http://evil.example\",\"open\");", ";'@SUM(",
                ";''quoted by the observer;", ";'-dry bed-;", ";'\tleading tab;");
        assertThat(rain).contains(";-0.02;'+tipping bucket replaced;");
        assertThat(formulaCells(notes)).isEmpty();
        assertThat(formulaCells(rain)).isEmpty();

        Path again = DepositFixture.copyOfCatc(scratch);
        Files.writeString(again.resolve(FIELD_NOTES), notes);
        Files.writeString(again.resolve(RAIN), rain);
        TestDatabase second = TestDatabase.create();
        assertThat(DepositFixture.importInto(second, again).outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);

        assertThat(measurements(second)).isEqualTo(measurements(first));
        assertThat(measurements(first)).contains("2021-06-03 10:00:00+00|=HYPERLINK(\"http://evil.example\",\"open\")||",
                "2021-06-05 10:00:00+00|'quoted by the observer||",
                "2020-01-01 03:00:00+00||0|{-0.02,\"+tipping bucket replaced\"}");
    }

    private static void append(Path file, String... lines) throws Exception {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static String export(TestDatabase database, String observationId) throws Exception {
        StringWriter out = new StringWriter();
        new PivotDataFileWriter(database.dataSource()).find(observationId).orElseThrow().writeTo(out);
        return out.toString();
    }

    /** Cells (of rows, not of the # header) that start like a formula and are no number. */
    private static List<String> formulaCells(String file) {
        List<String> found = new ArrayList<>();
        file.lines().filter(line -> !line.startsWith("#")).forEach(line -> Arrays.stream(line.split(";", -1))
                .filter(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0)
                .filter(cell -> !cell.matches("[-+]?[0-9.]+"))
                .forEach(found::add));
        return found;
    }

    private static List<String> measurements(TestDatabase database) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select m.time::text, coalesce(m.result, ''),"
                     + " coalesce(m.flags, ''), coalesce(m.additional::text, '') from measurement m"
                     + " join series s on s.id = m.series_id where s.observation_id in"
                     + " ('CATC_OBS_FieldNotes_Bridge', 'CATC_OBS_Rain_Upper') order by s.observation_id, m.time")) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3) + "|"
                        + result.getString(4));
            }
        }
        return rows;
    }
}
