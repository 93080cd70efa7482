package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement is identified outside the database by its series and whole second (SensorThings
 * Observation ids): the import refuses times it cannot identify and warns of rows that would share one.
 */
class MeasurementTimesImportTest {

    private static final String AIR_TEMP = "CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt";

    @TempDir
    Path scratch;

    private ImportReport importWithAirTempRow(String search, String replacement) throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path airTemp = folder.resolve(AIR_TEMP);
        String text = Files.readString(airTemp);
        assertThat(text).contains(search);
        Files.writeString(airTemp, text.replace(search, replacement));
        return DepositFixture.importIntoNewDatabase(folder);
    }

    @Test
    void aDateEndWhoseYearIsATypoIsRefusedAtItsLineAndColumn() throws Exception {
        ImportReport report = importWithAirTempRow(";2020-01-01T00:30:00Z;", ";1020-01-01T00:30:00Z;");

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors()).extracting(Problem::code, Problem::file, Problem::line, Problem::column)
                .contains(tuple("csv-date-out-of-range", AIR_TEMP, 8L, 2));
    }

    @Test
    void aDateEndAfterTheLastIdentifiableYearIsRefused() throws Exception {
        ImportReport report = importWithAirTempRow("2020-01-01T01:00:00Z;43", "2400-01-01T01:00:00Z;43");

        assertThat(report.errors()).extracting(Problem::code, Problem::line).contains(tuple("csv-date-out-of-range", 9L));
    }

    @Test
    void rowsLessThanASecondApartAreImportedWithAWarningNamingTheFirst() throws Exception {
        ImportReport report = importWithAirTempRow(";2020-01-01T00:30:00Z;", ";2020-01-01T00:00:00.25Z;");

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.warnings()).extracting(Problem::code, Problem::file, Problem::line)
                .containsOnlyOnce(tuple("csv-same-second", AIR_TEMP, 8L));
    }
}
