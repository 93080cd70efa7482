package fr.ozcar.insitu.core.deposit.qualify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.enrichment.StationEnricher;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every import report says, per series, what a data manager checks before publishing: warnings only. */
class QualificationReportTest {

    @TempDir
    Path scratch;

    @Test
    void aHalfHourlySeriesWithAGapASpikeAndImplausibleValuesIsImportedWithItsQualification() throws Exception {
        Path deposit = DepositFixture.copyOfCatc(scratch);
        writeAirTemperature(deposit.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt"));
        Path ranges = Files.writeString(scratch.resolve("ranges.csv"), "Air Temperature at height 2 m;°C;-90;60\n");

        ImportReport report = new DepositImporter(TestDatabase.create().dataSource(), VariableResolver.NONE,
                ImportLimits.DEFAULT, StationEnricher.countriesOnly(), PlausibleRanges.of(ranges))
                .importDeposit("CATC", new FolderDepositSource(deposit), ImportProgress.NONE);

        assertThat(report.outcome()).as("warnings never reject").isEqualTo(ImportReport.Outcome.IMPORTED);
        SeriesQualification air = report.qualification().stream()
                .filter(series -> series.observationId().equals("CATC_OBS_AirTemp_Upper")).findFirst().orElseThrow();
        assertThat(air.rows()).isEqualTo(200);
        assertThat(air.stepSeconds()).isEqualTo(1800);
        assertThat(air.gaps()).isEqualTo(1);
        assertThat(air.longestGapSeconds()).isEqualTo(Duration.ofMinutes(330).toSeconds());
        assertThat(air.duplicates()).isZero();
        assertThat(air.flags()).isEqualTo(Map.of("1", 190L, "4", 10L));
        assertThat(air.plausibleMin()).isEqualTo(-90);
        assertThat(air.plausibleMax()).isEqualTo(60);
        assertThat(air.outsideRange()).isEqualTo(2);
        assertThat(air.spikes()).isEqualTo(1);
        assertThat(air.sparkline()).hasSizeBetween(Qualifier.SPARKLINE_POINTS, 2 * Qualifier.SPARKLINE_POINTS);
        assertThat(air.sparkline().stream().mapToDouble(point -> point[1]).max().orElseThrow()).isEqualTo(85);
        assertThat(report.warnings()).extracting(Problem::code).contains("value-implausible", "value-spike");
        assertThat(report.warnings()).extracting(Problem::message).contains("2 values of CATC_OBS_AirTemp_Upper"
                + " are outside the plausible range -90 to 60 of this variable and unit: check the unit, the sign"
                + " and the missing-value code");
        assertThat(report.qualification()).extracting(SeriesQualification::observationId).containsExactlyInAnyOrder(
                "CATC_OBS_AirTemp_Upper", "CATC_OBS_Rain_Upper", "CATC_OBS_Conductivity_Boat",
                "CATC_OBS_FieldNotes_Bridge");
    }

    /** 200 half-hourly rows of a daily cycle; 5 hours missing after row 150; a spike; a stuck 85 °C pair. */
    private static void writeAirTemperature(Path file) throws Exception {
        StringBuilder text = new StringBuilder("#Date_of_extraction;2024-04-30T00:00:00Z;\n"
                + "#Observation_ID;CATC_OBS_AirTemp_Upper;\n#Dataset_title;Meteorological station;\n"
                + "#Variable_name;Air Temperature at height 2 m;\n"
                + "date_begin;date_end;latitude;longitude;altitude;value;qualityFlags;\n");
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i < 200; i++) {
            Instant time = start.plus(Duration.ofMinutes(30L * (i < 150 ? i : i + 10)));
            double value = 10 + 5 * Math.sin(2 * Math.PI * i / 48);
            if (i == 50) {
                value += 25;
            } else if (i == 100 || i == 101) {
                value = 85;
            }
            text.append(';').append(time).append(";43.2312;1.718;414;")
                    .append(String.format(Locale.ROOT, "%.2f", value)).append(';').append(i % 20 == 0 ? "4" : "1")
                    .append(";\n");
        }
        Files.writeString(file, text);
    }
}
