package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/**
 * The size of a benchmark deposit: {@code stations} stations each running
 * {@link BenchmarkProducer#SERIES_PER_STATION} series at {@code step} over {@code years}.
 */
public record DemoScale(int stations, int years, Duration step) {

    private static final Duration DEFAULT_STEP = Duration.ofMinutes(15);
    private static final int MAX_YEARS = 10;

    public DemoScale {
        if (stations < 1 || years < 1 || step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("a scale needs stations, years and a positive step");
        }
    }

    /** The smallest 15-minute scale with at least {@code rows} measurements: more years first, then more stations. */
    public static DemoScale atLeast(long rows) {
        long perSeriesYear = Duration.ofDays(365).toSeconds() / DEFAULT_STEP.toSeconds();
        long perStationYear = perSeriesYear * BenchmarkProducer.SERIES_PER_STATION;
        long years = Math.max(1, ceilDiv(rows, perStationYear));
        if (years <= MAX_YEARS) {
            return new DemoScale(1, (int) years, DEFAULT_STEP);
        }
        // leap days only add rows, so 365-day years keep the estimate a lower bound
        return new DemoScale((int) ceilDiv(rows, perStationYear * MAX_YEARS), MAX_YEARS, DEFAULT_STEP);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
