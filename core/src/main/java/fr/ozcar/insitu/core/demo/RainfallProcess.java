package fr.ozcar.insitu.core.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The rain falling at one station, hour after hour from a fixed origin: every series of the station
 * (rainfall, discharge, soil moisture) replays the same storms, whatever its own start and step.
 * Storms start at random with the regime's monthly frequency, then decay; each hour's rain is spread
 * over its four quarters with deterministic weights so that 15-minute series are not flat.
 */
final class RainfallProcess {

    private static final long ORIGIN_HOUR = LocalDate.of(1990, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) / 3600;
    private static final long QUARTER = 900;
    private static final double STORM_DECAY = 0.8;

    private final RainRegime regime;
    private final SplittableRandom random;
    private final long weightSeed;
    private long hour = ORIGIN_HOUR - 1;
    private double amount;
    private int stormHoursLeft;
    private double stormIntensity;
    private long weightsHour = Long.MIN_VALUE;
    private final double[] quarterWeights = new double[4];

    RainfallProcess(RainRegime regime, long seed) {
        this.regime = regime;
        this.random = new SplittableRandom(seed);
        this.weightSeed = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }

    /** Rain (mm) fallen in [from, to), both on quarter-hours, called forward in time. */
    double total(long from, long to) {
        double sum = 0;
        for (long quarter = Math.floorDiv(from, QUARTER); quarter < Math.floorDiv(to, QUARTER); quarter++) {
            long quarterHour = Math.floorDiv(quarter, 4);
            double hourly = hourAmount(quarterHour);
            if (hourly > 0) {
                sum += hourly * weight(quarterHour, (int) Math.floorMod(quarter, 4));
            }
        }
        return sum;
    }

    /** Rain (mm) of the hour starting at {@code epochHour}; hours must be asked in increasing order. */
    double hourAmount(long epochHour) {
        if (epochHour < hour) {
            throw new IllegalStateException("rain is generated forward in time");
        }
        while (hour < epochHour) {
            advance();
        }
        return amount;
    }

    private void advance() {
        hour++;
        if (stormHoursLeft == 0 && random.nextDouble() < regime.startProbabilityPerHour(Climate.month(hour * 3600))) {
            stormHoursLeft = 1 + (int) (-Math.log(1 - random.nextDouble()) * regime.meanDurationHours());
            stormIntensity = -Math.log(1 - random.nextDouble()) * regime.meanIntensityMmPerHour() / STORM_DECAY;
        }
        if (stormHoursLeft > 0) {
            amount = stormIntensity * (0.4 + 1.2 * random.nextDouble());
            stormIntensity *= STORM_DECAY + 0.15 * random.nextDouble();
            stormHoursLeft--;
        } else {
            amount = 0;
        }
    }

    private double weight(long epochHour, int quarter) {
        if (weightsHour != epochHour) {
            weightsHour = epochHour;
            SplittableRandom weights = new SplittableRandom(weightSeed ^ epochHour * 0xBF58476D1CE4E5B9L);
            double sum = 0;
            for (int i = 0; i < 4; i++) {
                quarterWeights[i] = 0.1 + weights.nextDouble();
                sum += quarterWeights[i];
            }
            for (int i = 0; i < 4; i++) {
                quarterWeights[i] /= sum;
            }
        }
        return quarterWeights[quarter];
    }
}
