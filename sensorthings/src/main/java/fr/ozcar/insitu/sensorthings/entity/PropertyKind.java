package fr.ozcar.insitu.sensorthings.entity;

/** How a property is stored in its view, compared in filters, and written. */
public enum PropertyKind {
    /** a bigint id */
    ID,
    STRING,
    /** a JSON object or array (jsonb) whose members {@code properties/a/b} can be filtered */
    JSON,
    /** a GeoJSON geometry (jsonb); spatial functions apply */
    GEOMETRY,
    /** a timestamptz instant */
    INSTANT,
    /**
     * an observation's phenomenonTime: filtered as {@link #INTERVAL}, read as the row's
     * {@code time_begin} and its row time (the end), which the reader has already
     */
    ROW_INTERVAL,
    /** an observation's resultTime: filtered as {@link #INSTANT}, written as the row time */
    ROW_TIME,
    /** a time interval: two timestamptz columns {@code <column>_start}, {@code <column>_end} */
    INTERVAL,
    /**
     * quality flags: filtered as the JSON array of column {@code result_quality}, read as the raw
     * {@code flags} text ({@code 11|13}) and split while writing, which is cheaper per row
     */
    FLAGS,
    /** an observation result: a number column {@code result_number}, a text column {@code result_text} */
    RESULT
}
