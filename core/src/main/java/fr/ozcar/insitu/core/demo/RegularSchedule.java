package fr.ozcar.insitu.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/** A logger's fixed step: samples at start + step, start + 2 step, … up to and including end. */
public record RegularSchedule(Instant start, Instant end, Duration step) implements Schedule {

    public RegularSchedule {
        if (step.isNegative() || step.isZero() || !end.isAfter(start)) {
            throw new IllegalArgumentException("a schedule needs a positive step and end after start");
        }
    }

    /** The {@code years} calendar years before {@code end}. */
    public static RegularSchedule yearsBefore(Instant end, int years, Duration step) {
        Instant start = end.atOffset(java.time.ZoneOffset.UTC).minusYears(years).toInstant();
        return new RegularSchedule(start, end, step);
    }

    public long count() {
        return Duration.between(start, end).toSeconds() / step.toSeconds();
    }

    @Override
    public long stepSeconds() {
        return step.toSeconds();
    }

    @Override
    public PrimitiveIterator.OfLong instants(long seed) {
        long first = start.getEpochSecond();
        long stepSeconds = step.toSeconds();
        long count = count();
        return new PrimitiveIterator.OfLong() {
            private long index = 1;

            @Override
            public boolean hasNext() {
                return index <= count;
            }

            @Override
            public long nextLong() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return first + stepSeconds * index++;
            }
        };
    }
}
