package fr.ozcar.insitu.core.deposit.validate;

/**
 * One valid row of a data file, handed to a {@link DataFileParser.RowSink}. It points into the line
 * buffer (no copy) and is reused for the next row: read it during the call only.
 */
public final class DataRow {

    byte[] line;
    final int[] start;
    final int[] end;
    long timeMicros;
    long beginMicros;
    double value;
    double longitude;
    double latitude;
    double altitude;
    boolean missing;
    boolean atStation;

    DataRow(int roles) {
        start = new int[roles];
        end = new int[roles];
    }

    public byte[] line() {
        return line;
    }

    /** Start (inclusive) of the cell of a column role of {@link DataFileColumns}. */
    public int start(int role) {
        return start[role];
    }

    /** End (exclusive) of the cell of a column role. */
    public int end(int role) {
        return end[role];
    }

    public boolean isEmpty(int role) {
        return start[role] == end[role];
    }

    /** {@code date_end} in microseconds since the epoch. */
    public long timeMicros() {
        return timeMicros;
    }

    /** {@code date_begin} in microseconds since the epoch (when not empty). */
    public long beginMicros() {
        return beginMicros;
    }

    /** The row's own position, when not {@link #atStation()}; altitude NaN when not given. */
    public double longitude() {
        return longitude;
    }

    public double latitude() {
        return latitude;
    }

    public double altitude() {
        return altitude;
    }

    /** The numeric value (Numeric observations, not missing). */
    public double value() {
        return value;
    }

    /** The cell holds the observation's missing value code. */
    public boolean missing() {
        return missing;
    }

    /** The row's position is the station's own (or not given): no need to store it per row. */
    public boolean atStation() {
        return atStation;
    }

    public int roles() {
        return start.length;
    }
}
