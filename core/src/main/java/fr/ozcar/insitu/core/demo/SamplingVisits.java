package fr.ozcar.insitu.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.SplittableRandom;

/**
 * Manual grab sampling: a field visit roughly every {@code meanInterval} during working hours, with
 * now and then a gap of one to three months (holidays, broken access, lost samples).
 */
public record SamplingVisits(Instant start, Instant end, Duration meanInterval) implements Schedule {

    private static final double GAP_CHANCE = 0.03;

    @Override
    public long stepSeconds() {
        return meanInterval.toSeconds();
    }

    @Override
    public PrimitiveIterator.OfLong instants(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double meanDays = meanInterval.toSeconds() / 86_400.0;
        long lastDay = Math.floorDiv(end.getEpochSecond(), 86_400) - 1;
        return new PrimitiveIterator.OfLong() {
            private long day = Math.floorDiv(start.getEpochSecond(), 86_400) + random.nextInt(1 + (int) meanDays);

            @Override
            public boolean hasNext() {
                return day <= lastDay;
            }

            @Override
            public long nextLong() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long visit = day * 86_400 + 8 * 3600 + 60L * random.nextInt(8 * 60);
                day += Math.max(1, Math.round(meanDays * (0.6 + 0.8 * random.nextDouble())));
                if (random.nextDouble() < GAP_CHANCE) {
                    day += 30 + random.nextInt(60);
                }
                return visit;
            }
        };
    }
}
