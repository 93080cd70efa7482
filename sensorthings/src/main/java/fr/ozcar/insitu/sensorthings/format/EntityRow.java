package fr.ozcar.insitu.sensorthings.format;

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

    public EntityRow(long id, Object[] values, int seriesId, boolean multiDatastream) {
        this.id = id;
        this.values = values;
        this.seriesId = seriesId;
        this.multiDatastream = multiDatastream;
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
