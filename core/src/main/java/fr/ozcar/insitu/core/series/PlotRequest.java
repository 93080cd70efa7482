package fr.ozcar.insitu.core.series;

import java.time.Instant;

/**
 * What a plot asks of a series.
 *
 * @param from      first instant of the window, inclusive; null: the series' first measurement
 * @param to        last instant of the window, inclusive; null: the series' last measurement
 * @param maxPoints at most this many buckets; raw points are sent when the window holds fewer rows
 */
public record PlotRequest(Instant from, Instant to, int maxPoints) {

    public static final int DEFAULT_MAX_POINTS = 2_000;
    public static final int LIMIT_MAX_POINTS = 20_000;

    public PlotRequest {
        if (maxPoints < 1 || maxPoints > LIMIT_MAX_POINTS) {
            throw new IllegalArgumentException("maxPoints must be between 1 and " + LIMIT_MAX_POINTS);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }
}
