package fr.ozcar.insitu.core.deposit.convert;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code insitu convert}: a plain table as producers keep them becomes a pivot data file. */
class PlainTableConverterTest {

    /** A logger's export: French dates in local time (a DST change in the middle), decimal commas. */
    private static final String TABLE = """
            Date;Température (°C);Code
            31/03/2024 00:30;3,25;1
            31/03/2024 01:30;-0,75
            31/03/2024 03:30;4,5;4
            31/03/2024 04:00;-9999,9;9
            31/03/2024 04:30;12;1
            """;

    @TempDir
    Path scratch;

    private final PlainTableConverter converter = new PlainTableConverter(new PlainTable(';',
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"), ZoneId.of("Europe/Paris"), 1));

    @Test
    void aConvertedTableImportsAndReadsBackExactly() throws Exception {
        Path deposit = DepositFixture.copyOfCatc(scratch);
        Path dataFile = deposit.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt");
        try (Writer out = Files.newBufferedWriter(dataFile)) {
            PlainTableConverter.Result result = converter.convert(() -> new BufferedReader(new StringReader(TABLE)),
                    new PlainTableConverter.Header("CATC_OBS_AirTemp_Upper", "Meteorological station",
                            "Air Temperature at height 2 m"), out, Instant.parse("2024-04-30T00:00:00Z"));
            assertThat(result.ok()).as(result.problems().toString()).isTrue();
            assertThat(result.rows()).isEqualTo(5);
        }
        TestDatabase database = TestDatabase.create();

        ImportReport report = DepositFixture.importInto(database, deposit);

        assertThat(report.outcome()).as(report.errors().toString()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(rows(database)).containsExactly(
                "2024-03-30T23:30:00Z 3.25 1",
                "2024-03-31T00:30:00Z -0.75 ",
                "2024-03-31T01:30:00Z 4.5 4",
                "2024-03-31T02:00:00Z missing 9",
                "2024-03-31T02:30:00Z 12.0 1");
    }

    @Test
    void everyLineThatCannotBeReadIsReportedAndNothingIsWritten() throws Exception {
        StringWriter out = new StringWriter();
        PlainTableConverter.Result result = converter.convert(() -> new BufferedReader(new StringReader("""
                Date;Value
                31/03/2024 00:30;3,25
                2024-03-31 01:30;1
                31/03/2024 02:30;1.500,5
                31/03/2024 03:30;
                31/03/2024 04:30
                """)), new PlainTableConverter.Header("CATC_OBS_X", "t", "v"), out, Instant.now());

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(PlainTableConverter.LineProblem::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(result.problems().get(3).message()).isEqualTo("expected time;value[;flag], found 1 column");
        assertThat(out.toString()).isEmpty();
    }

    private static List<String> rows(TestDatabase database) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select m.time, m.value, m.flags from measurement m"
                     + " join series s on s.id = m.series_id where s.observation_id = 'CATC_OBS_AirTemp_Upper'"
                     + " order by m.time")) {
            while (result.next()) {
                double value = result.getDouble(2);
                String shown = result.wasNull() ? "missing" : Double.toString(value);
                rows.add(result.getTimestamp(1).toInstant() + " " + shown + " "
                        + (result.getString(3) == null ? "" : result.getString(3)));
            }
        }
        return rows;
    }
}
