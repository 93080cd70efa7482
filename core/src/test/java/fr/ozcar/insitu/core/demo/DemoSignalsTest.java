package fr.ozcar.insitu.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.PrimitiveIterator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The physical models behave like the real thing, broadly. */
class DemoSignalsTest {

    private static final DemoStation NALOHOU = new DemoStation("NAL", "Nalohou", 9.7446, 1.6054, 449, Climate.SUDANIAN);
    private static final RegularSchedule ONE_YEAR_QUARTER_HOURLY =
            RegularSchedule.yearsBefore(Instant.parse("2024-01-01T00:00:00Z"), 1, Duration.ofMinutes(15));

    @Test
    void air_temperature_is_warmer_in_the_afternoon_than_before_dawn() {
        Signal temperature = new AirTemperatureSignal(context(NALOHOU, 900));
        double afternoon = 0;
        double dawn = 0;
        PrimitiveIterator.OfLong instants = ONE_YEAR_QUARTER_HOURLY.instants(0);
        while (instants.hasNext()) {
            long time = instants.nextLong();
            double value = temperature.next(time);
            double solarHour = Climate.solarHour(time, NALOHOU.longitude());
            if (solarHour >= 14 && solarHour < 16) {
                afternoon += value;
            } else if (solarHour >= 4 && solarHour < 6) {
                dawn += value;
            }
        }
        double meanDiurnalRange = (afternoon - dawn) / (365 * 8);

        assertThat(meanDiurnalRange).isBetween(6.0, 14.0);
    }

    @Test
    void rain_falls_in_the_wet_season_and_on_few_quarter_hours_while_rivers_keep_flowing() {
        SeriesContext context = context(NALOHOU, 900);
        Signal rain = new RainfallSignal(context);
        Signal discharge = new DischargeSignal(context(NALOHOU, 900), 500, 1.5);
        long rows = 0;
        long dry = 0;
        double total = 0;
        double wetSeason = 0;
        double minimumDischarge = Double.MAX_VALUE;
        PrimitiveIterator.OfLong instants = ONE_YEAR_QUARTER_HOURLY.instants(0);
        while (instants.hasNext()) {
            long time = instants.nextLong();
            double amount = rain.next(time);
            minimumDischarge = Math.min(minimumDischarge, discharge.next(time));
            rows++;
            total += amount;
            if (amount == 0) {
                dry++;
            }
            int month = Climate.month(time);
            if (month >= 4 && month <= 9) {
                wetSeason += amount;
            }
        }

        assertThat((double) dry / rows).isGreaterThan(0.9);
        assertThat(total).isBetween(500.0, 2500.0);
        assertThat(wetSeason / total).isGreaterThan(0.75);
        assertThat(minimumDischarge).isPositive();
    }

    private static SeriesContext context(DemoStation station, long stepSeconds) {
        return new SeriesContext(station, new SplittableRandom(3), new RainfallProcess(station.climate().rain(), 5), stepSeconds);
    }
}
