package fr.ozcar.insitu.core.demo;

import java.util.SplittableRandom;

/**
 * How sensors fail: about one outage a year of a few hours to ten days (every row missing), rare
 * isolated missing values, a few percent of doubtful or corrected values.
 */
final class QualityModel {

    private static final double OUTAGES_PER_YEAR = 1.2;
    private static final double MAX_OUTAGE_HOURS = 10 * 24;
    private static final double ISOLATED_MISSING = 0.002;
    private static final double DOUBTFUL = 0.02;
    private static final double DOUBTFUL_AND_CORRECTED = 0.003;
    private static final double CORRECTED = 0.01;

    private final SplittableRandom random;
    private final double outageChance;
    private long outageEnd = Long.MIN_VALUE;

    QualityModel(SplittableRandom random, long stepSeconds) {
        this.random = random;
        this.outageChance = Math.min(0.05, OUTAGES_PER_YEAR * stepSeconds / (365.25 * 86_400));
    }

    RowQuality next(long epochSecond) {
        if (epochSecond < outageEnd) {
            return RowQuality.MISSING;
        }
        double draw = random.nextDouble();
        if (draw < outageChance) {
            outageEnd = epochSecond + (long) (3600 * (2 + random.nextDouble() * MAX_OUTAGE_HOURS));
            return RowQuality.MISSING;
        }
        draw -= outageChance;
        if (draw < ISOLATED_MISSING) {
            return RowQuality.MISSING;
        }
        draw -= ISOLATED_MISSING;
        if (draw < DOUBTFUL) {
            return RowQuality.DOUBTFUL;
        }
        draw -= DOUBTFUL;
        if (draw < DOUBTFUL_AND_CORRECTED) {
            return RowQuality.DOUBTFUL_AND_CORRECTED;
        }
        draw -= DOUBTFUL_AND_CORRECTED;
        return draw < CORRECTED ? RowQuality.CORRECTED : RowQuality.GOOD;
    }
}
