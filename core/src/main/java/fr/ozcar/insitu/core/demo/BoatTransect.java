package fr.ozcar.insitu.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * A boat surveying a river reach: a campaign every {@code campaignInterval}, leaving at 08:00 UTC
 * from the first vertex and logging {@code points} samples {@code spacing} apart at steady speed
 * down to the last vertex. It is both the series' schedule and its moving position.
 *
 * @param route the reach's vertices, each {@code [longitude, latitude, elevation]}
 */
public record BoatTransect(List<double[]> route, Instant start, Instant end, Duration campaignInterval, int points,
                           Duration spacing) implements Schedule, SamplingTrack {

    private static final long DEPARTURE = 8 * 3600;

    public BoatTransect {
        if (route.size() < 2 || points < 2) {
            throw new IllegalArgumentException("a transect needs two vertices and two points");
        }
        route = List.copyOf(route);
    }

    @Override
    public long stepSeconds() {
        return spacing.toSeconds();
    }

    @Override
    public PrimitiveIterator.OfLong instants(long seed) {
        long firstDay = Math.floorDiv(start.getEpochSecond(), 86_400) + 1;
        long intervalDays = campaignInterval.toDays();
        long endSecond = end.getEpochSecond();
        return new PrimitiveIterator.OfLong() {
            private long day = firstDay;
            private int point;

            @Override
            public boolean hasNext() {
                return current() <= endSecond;
            }

            @Override
            public long nextLong() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long instant = current();
                if (++point == points) {
                    point = 0;
                    day += intervalDays;
                }
                return instant;
            }

            private long current() {
                return day * 86_400 + DEPARTURE + point * spacing.toSeconds();
            }
        };
    }

    @Override
    public void appendPosition(StringBuilder row, long epochSecond) {
        double elapsed = Math.floorMod(epochSecond, 86_400) - DEPARTURE;
        double progress = Math.max(0, Math.min(1, elapsed / ((points - 1) * spacing.toSeconds())));
        double scaled = progress * (route.size() - 1);
        int segment = Math.min(route.size() - 2, (int) scaled);
        double along = scaled - segment;
        double[] from = route.get(segment);
        double[] to = route.get(segment + 1);
        DecimalText.append(row, from[1] + along * (to[1] - from[1]), 5);
        row.append(';');
        DecimalText.append(row, from[0] + along * (to[0] - from[0]), 5);
        row.append(';');
        DecimalText.append(row, from[2] + along * (to[2] - from[2]), 1);
        row.append(';');
    }

    @Override
    public String geometryType() {
        return "LineString";
    }

    @Override
    public List<double[]> positions() {
        return route;
    }
}
