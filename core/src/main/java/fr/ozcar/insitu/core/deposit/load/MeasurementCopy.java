package fr.ozcar.insitu.core.deposit.load;

import fr.ozcar.insitu.core.deposit.validate.DataFileColumns;
import fr.ozcar.insitu.core.deposit.validate.DataFileParser;
import fr.ozcar.insitu.core.deposit.validate.DataRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Writes valid data file rows as PostgreSQL binary COPY tuples of the measurement table. Binary, not
 * text: PostgreSQL then spends no time parsing dates and numbers (the dearest part of a COPY), and
 * the importer already has them parsed, exactly (correctly rounded doubles, microsecond instants).
 * One tuple is assembled in a reused buffer and written at once.
 *
 * <p>Row mapping: {@code time} = date_end, {@code time_begin} = date_begin or null, {@code value} the
 * number (Numeric data) or null when missing, {@code result} the cell for other data types,
 * {@code flags} the qualityFlags cell as written or null when empty, longitude/latitude/altitude
 * only when they differ from the station's, {@code additional} the additional columns in declared order.
 */
final class MeasurementCopy implements DataFileParser.RowSink {

    static final String COPY_SQL = "copy measurement (series_id, time, time_begin, value, result, flags,"
            + " longitude, latitude, altitude, additional) from stdin (format binary)";

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    private static final short FIELDS = 10;
    /** PostgreSQL counts time from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final int TEXT_OID = 25;

    private final OutputStream out;
    private final int seriesId;
    private final boolean numeric;
    private final int additionalCount;
    private byte[] buffer = new byte[256];
    private int length;

    /** Starts a COPY stream (its header) for the rows of one series. */
    MeasurementCopy(OutputStream out, int seriesId, boolean numeric, int additionalCount) throws IOException {
        this.out = out;
        this.seriesId = seriesId;
        this.numeric = numeric;
        this.additionalCount = additionalCount;
        out.write(HEADER);
    }

    /** Ends the COPY stream (its trailer); the caller then closes it. */
    void finish() throws IOException {
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFF});
    }

    @Override
    public void row(DataRow row) throws IOException {
        length = 0;
        putShort(FIELDS);
        putInt(4);
        putInt(seriesId);
        timestamp(row.timeMicros());
        if (row.isEmpty(DataFileColumns.BEGIN)) {
            putInt(-1);
        } else {
            timestamp(row.beginMicros());
        }
        if (numeric && !row.missing()) {
            float8(row.value());
        } else {
            putInt(-1);
        }
        if (!numeric && !row.missing()) {
            cell(row, DataFileColumns.VALUE);
        } else {
            putInt(-1);
        }
        if (row.isEmpty(DataFileColumns.FLAGS)) {
            putInt(-1);
        } else {
            cell(row, DataFileColumns.FLAGS);
        }
        if (row.atStation()) {
            putInt(-1);
            putInt(-1);
            putInt(-1);
        } else {
            float8(row.longitude());
            float8(row.latitude());
            if (Double.isNaN(row.altitude())) {
                putInt(-1);
            } else {
                float8(row.altitude());
            }
        }
        if (additionalCount == 0) {
            putInt(-1);
        } else {
            additional(row);
        }
        out.write(buffer, 0, length);
    }

    /** A one-dimensional text[] in the binary array format; empty cells are empty strings. */
    private void additional(DataRow row) {
        int size = 20;
        for (int i = 0; i < additionalCount; i++) {
            int role = DataFileColumns.FIRST_ADDITIONAL + i;
            size += 4 + row.end(role) - row.start(role);
        }
        putInt(size);
        putInt(1); // dimensions
        putInt(0); // no null element
        putInt(TEXT_OID);
        putInt(additionalCount);
        putInt(1); // lower bound
        for (int i = 0; i < additionalCount; i++) {
            cell(row, DataFileColumns.FIRST_ADDITIONAL + i);
        }
    }

    private void cell(DataRow row, int role) {
        int from = row.start(role);
        int to = row.end(role);
        putInt(to - from);
        ensure(to - from);
        System.arraycopy(row.line(), from, buffer, length, to - from);
        length += to - from;
    }

    private void timestamp(long epochMicros) {
        putInt(8);
        putLong(epochMicros - POSTGRES_EPOCH_MICROS);
    }

    private void float8(double value) {
        putInt(8);
        putLong(Double.doubleToRawLongBits(value));
    }

    private void putShort(short value) {
        ensure(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putInt(int value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
