package fr.ozcar.insitu.sensorthings.format;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entity read from the database: its id, the values of the selected properties (same order as
 * {@link Selection#properties()}), the series of an Observation (for its links) and whether that series is a
 * MultiDatastream, and its expansions.
 */
public final class EntityRow {

    private final long id;
    private final Object[] values;
    private final int seriesId;
    private final boolean multiDatastream;
    private final Map<String, Expansion> expansions = new LinkedHashMap<>();
    private final Instant rowTime;

    public EntityRow(long id, Object[] values, int seriesId, boolean multiDatastream) {
        this(id, values, seriesId, multiDatastream, null);
    }

    /** An Observation's row, with its measurement's time (the key that keyset pages continue from). */
    public EntityRow(long id, Object[] values, int seriesId, boolean multiDatastream, Instant rowTime) {
        this.id = id;
        this.values = values;
        this.seriesId = seriesId;
        this.multiDatastream = multiDatastream;
        this.rowTime = rowTime;
    }

    /** The measurement time of an Observation's row (full precision, unlike its id); null for other entities. */
    public Instant rowTime() {
        return rowTime;
    }

    public long id() {
        return id;
    }

    public Object value(int index) {
        return values[index];
    }

    public int seriesId() {
        return seriesId;
    }

    public boolean multiDatastream() {
        return multiDatastream;
    }

    public Map<String, Expansion> expansions() {
        return expansions;
    }
}
