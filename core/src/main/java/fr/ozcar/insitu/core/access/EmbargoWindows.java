package fr.ozcar.insitu.core.access;

import java.time.Instant;
import java.util.Map;

/**
 * The embargo as one viewer meets it on one day: the series that hide rows from it, each with the
 * instant from which its rows are hidden. Series not listed hide nothing.
 *
 * @param hiddenFrom series id → rows with a time at or after this instant are hidden
 */
public record EmbargoWindows(Map<Integer, Instant> hiddenFrom) {

    public EmbargoWindows {
        hiddenFrom = Map.copyOf(hiddenFrom);
    }

    /** Whether the viewer may see the row of series {@code seriesId} at {@code time} (the row's key time). */
    public boolean visible(int seriesId, Instant time) {
        Instant from = hiddenFrom.get(seriesId);
        return from == null || time.isBefore(from);
    }

    /** Whether some row of the series may be hidden: when not, its stored summary (row_count, ...) may answer. */
    public boolean hidesRowsOf(int seriesId) {
        return hiddenFrom.containsKey(seriesId);
    }
}
