package fr.ozcar.insitu.web.export;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header ({@code bytes=500-}, {@code bytes=500-999}, {@code bytes=-500}).
 * Several ranges are not supported: such a request is answered with the whole file, as RFC 9110 allows.
 *
 * @param first first byte, or -1 for a suffix range
 * @param last  last byte (inclusive), or -1 for "to the end"; for a suffix range, the suffix length
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    static Optional<ByteRange> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = SINGLE.matcher(header.trim());
        if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return Optional.empty();
        }
        long first = matcher.group(1).isEmpty() ? -1 : Long.parseLong(matcher.group(1));
        long last = matcher.group(2).isEmpty() ? -1 : Long.parseLong(matcher.group(2));
        if (first >= 0 && last >= 0 && last < first) {
            return Optional.empty(); // invalid: ignored, the whole file is sent
        }
        return Optional.of(new ByteRange(first, last));
    }

    /** The first byte within a file of {@code length} bytes. */
    long start(long length) {
        return first < 0 ? Math.max(0, length - last) : first;
    }

    /** The last byte (inclusive) within a file of {@code length} bytes. */
    long end(long length) {
        return first < 0 || last < 0 ? length - 1 : Math.min(last, length - 1);
    }

    boolean satisfiable(long length) {
        return first < 0 ? last > 0 && length > 0 : first < length;
    }
}
