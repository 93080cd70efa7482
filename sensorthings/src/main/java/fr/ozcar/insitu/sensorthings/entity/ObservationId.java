package fr.ozcar.insitu.sensorthings.entity;

import fr.ozcar.insitu.core.model.MeasurementTimes;
import java.time.Instant;
import java.util.Optional;

/**
 * The integer id of an Observation, derived from its measurement row's key so that no extra column
 * or index is needed: {@code series_id × 2^34 + whole seconds since 1800-01-01T00:00:00Z}
 * (SQL function {@code sta_observation_id}). Ids stay below 2^53 for series ids up to 524287; the
 * import accepts only times in the years {@link MeasurementTimes} can identify, and warns of rows less
 * than a second apart in one series, which share an id (the first one answers).
 */
public record ObservationId(int seriesId, Instant second) {

    private static final int SECONDS_BITS = MeasurementTimes.SECOND_BITS;
    private static final long EPOCH_SECONDS = MeasurementTimes.ORIGIN_EPOCH_SECOND;

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
