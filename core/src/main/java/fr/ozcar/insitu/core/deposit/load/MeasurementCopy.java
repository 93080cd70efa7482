package fr.ozcar.insitu.core.deposit.load;

import fr.ozcar.insitu.core.deposit.validate.DataFileColumns;
import fr.ozcar.insitu.core.deposit.validate.DataFileParser;
import fr.ozcar.insitu.core.deposit.validate.DataRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes valid data file rows as PostgreSQL COPY text lines of the measurement table. Cells are
 * copied byte for byte from the file (dates and numbers were checked, so PostgreSQL parses exactly
 * what the producer wrote); one row is assembled in a reused buffer and written at once.
 *
 * <p>Row mapping: {@code time} = date_end, {@code time_begin} = date_begin or null, {@code value} the
 * number (Numeric data) or null when missing, {@code result} the cell for other data types,
 * {@code flags} the qualityFlags cell as written or null when empty, longitude/latitude/altitude
 * only when they differ from the station's, {@code additional} the additional columns in declared order.
 */
final class MeasurementCopy implements DataFileParser.RowSink {

    static final String COPY_SQL = "copy measurement (series_id, time, time_begin, value, result, flags,"
            + " longitude, latitude, altitude, additional) from stdin";

    private static final byte[] NULL = {'\\', 'N'};
    private static final int[] POSITION = {DataFileColumns.LONGITUDE, DataFileColumns.LATITUDE, DataFileColumns.ALTITUDE};

    private final OutputStream out;
    private final byte[] seriesId;
    private final boolean numeric;
    private final int additionalCount;
    private byte[] buffer = new byte[512];
    private int length;

    MeasurementCopy(OutputStream out, int seriesId, boolean numeric, int additionalCount) {
        this.out = out;
        this.seriesId = Integer.toString(seriesId).getBytes(StandardCharsets.US_ASCII);
        this.numeric = numeric;
        this.additionalCount = additionalCount;
    }

    @Override
    public void row(DataRow row) throws IOException {
        length = 0;
        byte[] line = row.line();
        raw(seriesId, 0, seriesId.length);
        tab();
        cell(row, DataFileColumns.END, false);
        tab();
        cell(row, DataFileColumns.BEGIN, false);
        tab();
        if (numeric && !row.missing()) {
            cell(row, DataFileColumns.VALUE, false);
        } else {
            raw(NULL, 0, 2);
        }
        tab();
        if (!numeric && !row.missing()) {
            escaped(line, row.start(DataFileColumns.VALUE), row.end(DataFileColumns.VALUE));
        } else {
            raw(NULL, 0, 2);
        }
        tab();
        cell(row, DataFileColumns.FLAGS, true);
        for (int role : POSITION) {
            tab();
            if (row.atStation()) {
                raw(NULL, 0, 2);
            } else {
                cell(row, role, false);
            }
        }
        tab();
        if (additionalCount == 0) {
            raw(NULL, 0, 2);
        } else {
            additional(row);
        }
        ensure(1);
        buffer[length++] = '\n';
        out.write(buffer, 0, length);
    }

    /** A text[] literal, {"a","b"}: every element quoted, so that empty strings and commas survive. */
    private void additional(DataRow row) {
        ensure(1);
        buffer[length++] = '{';
        byte[] line = row.line();
        for (int i = 0; i < additionalCount; i++) {
            if (i > 0) {
                ensure(1);
                buffer[length++] = ',';
            }
            ensure(1);
            buffer[length++] = '"';
            int role = DataFileColumns.FIRST_ADDITIONAL + i;
            for (int k = row.start(role); k < row.end(role); k++) {
                byte b = line[k];
                if (b == '"' || b == '\\') {
                    // array-escaped with a backslash, which COPY text needs doubled
                    ensure(3);
                    buffer[length++] = '\\';
                    buffer[length++] = '\\';
                }
                escapedByte(b);
            }
            ensure(1);
            buffer[length++] = '"';
        }
        ensure(1);
        buffer[length++] = '}';
    }

    /** An empty cell is null; {@code escape} for free text (flags, results), others were checked. */
    private void cell(DataRow row, int role, boolean escape) {
        int from = row.start(role);
        int to = row.end(role);
        if (from == to) {
            raw(NULL, 0, 2);
        } else if (escape) {
            escaped(row.line(), from, to);
        } else {
            raw(row.line(), from, to);
        }
    }

    private void escaped(byte[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            escapedByte(line[i]);
        }
    }

    private void escapedByte(byte b) {
        ensure(2);
        switch (b) {
            case '\\' -> {
                buffer[length++] = '\\';
                buffer[length++] = '\\';
            }
            case '\t' -> {
                buffer[length++] = '\\';
                buffer[length++] = 't';
            }
            case '\r' -> {
                buffer[length++] = '\\';
                buffer[length++] = 'r';
            }
            default -> buffer[length++] = b;
        }
    }

    private void raw(byte[] bytes, int from, int to) {
        ensure(to - from);
        System.arraycopy(bytes, from, buffer, length, to - from);
        length += to - from;
    }

    private void tab() {
        ensure(1);
        buffer[length++] = '\t';
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
