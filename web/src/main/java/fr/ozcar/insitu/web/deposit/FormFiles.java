package fr.ozcar.insitu.web.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the files a {@code multipart/form-data} body (RFC 7578) carries, as a browser form
 * sends them, read from the spooled body in one streaming pass. The deposit zip is then read from the
 * same body through its central directory, which finds the last zip of the body: a form carrying
 * several files would have all but the last silently ignored, so it is refused instead.
 */
final class FormFiles {

    private static final int MAX_PART_HEADER_BYTES = 16 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("(?i)[;\\s]filename=(?:\"([^\"]*)\"|([^;\\s]+))");

    private FormFiles() {
    }

    /** The file names of the parts that carry a file (a form's empty file input sends none). */
    static List<String> names(Path body, String boundary) throws IOException {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int[] fallback = fallback(delimiter);
        List<String> names = new ArrayList<>();
        try (Bytes in = new Bytes(Files.newInputStream(body))) {
            int matched = 2; // the body opens with "--boundary", as if a CRLF came before it
            for (int b = in.next(); b >= 0; b = in.next()) {
                while (matched > 0 && b != (delimiter[matched] & 0xFF)) {
                    matched = fallback[matched - 1];
                }
                if (b == (delimiter[matched] & 0xFF)) {
                    matched++;
                }
                if (matched == delimiter.length) {
                    String headers = partHeaders(in);
                    if (headers == null) {
                        break; // the closing delimiter
                    }
                    String name = fileName(headers);
                    if (name != null && !name.isEmpty()) {
                        names.add(name);
                    }
                    matched = 0;
                }
            }
        }
        return names;
    }

    /** The header block after a delimiter, or null after the closing one ("--"). */
    private static String partHeaders(Bytes in) throws IOException {
        StringBuilder headers = new StringBuilder();
        for (int b = in.next(); b >= 0 && headers.length() < MAX_PART_HEADER_BYTES; b = in.next()) {
            headers.append((char) b);
            if (headers.length() == 2 && headers.toString().equals("--")) {
                return null;
            }
            int n = headers.length();
            if (n >= 4 && headers.charAt(n - 4) == '\r' && headers.charAt(n - 3) == '\n'
                    && headers.charAt(n - 2) == '\r' && headers.charAt(n - 1) == '\n') {
                break;
            }
        }
        // header values are UTF-8 in today's browsers (RFC 7578 §5.1)
        return new String(headers.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String fileName(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Disposition:", 0, 20)) {
                Matcher matcher = FILE_NAME.matcher(line);
                return matcher.find() ? (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) : null;
            }
        }
        return null;
    }

    /** Knuth-Morris-Pratt: the length of the longest proper prefix of the delimiter ending at each position. */
    private static int[] fallback(byte[] pattern) {
        int[] table = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = table[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }

    /** Unsynchronised byte-at-a-time reading of a large body. */
    private static final class Bytes implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;

        Bytes(InputStream in) {
            this.in = in;
        }

        int next() throws IOException {
            if (position == limit) {
                int n = in.read(buffer);
                if (n <= 0) {
                    return -1;
                }
                position = 0;
                limit = n;
            }
            return buffer[position++] & 0xFF;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
