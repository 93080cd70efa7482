package fr.ozcar.insitu.core.deposit.validate;

import java.io.IOException;
import java.io.InputStream;

/**
 * Lines of a data file as bytes, without decoding (rows are ASCII but for free-text cells, which are
 * checked by {@link Utf8}). Memory is bounded by the longest allowed line: a longer line is cut and
 * reported by {@link #truncated()}. A UTF-8 byte order mark is skipped; lines end with LF, CRLF, or CR
 * alone (spreadsheets on macOS still save "CSV (Macintosh)" so).
 */
final class LineReader {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int length;
    private boolean truncated;
    private long number;
    /** The previous line ended with CR: a LF right after it belongs to that line end. */
    private boolean afterCarriageReturn;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line; false at the end of the file. */
    boolean next() throws IOException {
        length = 0;
        truncated = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            append(start, position);
            if (position < limit) {
                afterCarriageReturn = buffer[position] == '\r';
                position++; // the line end
                break;
            }
        }
        number++;
        if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            System.arraycopy(line, 3, line, 0, length - 3);
            length -= 3;
        }
        return true;
    }

    private void append(int from, int to) {
        int count = to - from;
        int room = maxLineBytes - length;
        if (count > room) {
            truncated = true;
            count = Math.max(room, 0);
        }
        if (length + count > line.length) {
            byte[] larger = new byte[Math.min(Math.max(line.length * 2, length + count), maxLineBytes)];
            System.arraycopy(line, 0, larger, 0, length);
            line = larger;
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        while (n == 0) {
            n = in.read(buffer);
        }
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    byte[] line() {
        return line;
    }

    int length() {
        return length;
    }

    boolean truncated() {
        return truncated;
    }

    long number() {
        return number;
    }
}
