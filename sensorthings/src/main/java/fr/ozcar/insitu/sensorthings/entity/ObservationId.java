package fr.ozcar.insitu.sensorthings.entity;

import java.time.Instant;
import java.util.Optional;

/**
 * The integer id of an Observation, derived from its measurement row's key so that no extra column
 * or index is needed: {@code series_id × 2^34 + whole seconds since 1800-01-01T00:00:00Z}
 * (SQL function {@code sta_observation_id}). Ids stay below 2^53 for series ids up to 524287 and
 * times up to 2344; rows less than a second apart in one series share an id (the first one answers).
 */
public record ObservationId(int seriesId, Instant second) {

    public static final int SECONDS_BITS = 34;
    /** 1800-01-01T00:00:00Z in Unix seconds */
    public static final long EPOCH_SECONDS = -5364662400L;

    public static long encode(int seriesId, Instant time) {
        return ((long) seriesId << SECONDS_BITS) + (Math.floorDiv(time.getEpochSecond(), 1) - EPOCH_SECONDS);
    }

    /** The key an id stands for, or empty when no row can have it. */
    public static Optional<ObservationId> decode(long id) {
        if (id < 0) {
            return Optional.empty();
        }
        long series = id >>> SECONDS_BITS;
        if (series > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        long seconds = id & ((1L << SECONDS_BITS) - 1);
        return Optional.of(new ObservationId((int) series, Instant.ofEpochSecond(EPOCH_SECONDS + seconds)));
    }
}
