package fr.ozcar.insitu.core.deposit.validate;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict ISO 8601 UTC date-times as the pivot format writes them, {@code 2005-11-11T17:30:00Z}, with up
 * to 6 fractional digits (PostgreSQL keeps microseconds: more would not round-trip). Parsed from the
 * bytes of a data file without allocating, since every row has one or two.
 */
public final class UtcTimestamps {

    /** Returned for anything that is not such a date-time. */
    public static final long INVALID = Long.MIN_VALUE;

    private static final String PATTERN = "as the pivot format writes it, YYYY-MM-DDThh:mm:ss[.ffffff]Z (UTC)";
    private static final Pattern OFFSET = Pattern.compile("[+-]\\d\\d:?\\d\\d$");
    private static final Pattern NO_SECONDS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ");
    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?");
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?Z");
    private static final Pattern TOO_FINE = Pattern.compile(".*\\.\\d{7,}Z");
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private UtcTimestamps() {
    }

    public static long parseMicros(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                return INVALID;
            }
            bytes[i] = (byte) c;
        }
        return parseMicros(bytes, 0, bytes.length);
    }

    /** Microseconds since 1970-01-01T00:00:00Z, or {@link #INVALID}. */
    public static long parseMicros(byte[] b, int from, int to) {
        int length = to - from;
        if (length < 20 || length > 27 || b[to - 1] != 'Z' || b[from + 4] != '-' || b[from + 7] != '-'
                || b[from + 10] != 'T' || b[from + 13] != ':' || b[from + 16] != ':') {
            return INVALID;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]
                || (month == 2 && day == 29 && !isLeap(year)) || hour > 23 || minute > 59 || second > 59) {
            return INVALID;
        }
        long fraction = 0;
        int fractionEnd = to - 1;
        int i = from + 19;
        if (i < fractionEnd) {
            if (b[i] != '.' || fractionEnd - i - 1 < 1 || fractionEnd - i - 1 > 6) {
                return INVALID;
            }
            long scale = 100_000;
            for (i++; i < fractionEnd; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return INVALID;
                }
                fraction += d * scale;
                scale /= 10;
            }
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L + fraction;
    }

    /**
     * Why {@code text}, refused by {@link #parseMicros}, is not a date-time of the pivot format: its
     * pattern, and what to change when the text is a near miss (an offset, a padded cell…), so that a
     * producer fixes their export at once. Only called for refused cells, so it may allocate.
     */
    public static String whyNot(String text) {
        String trimmed = text.strip();
        Matcher offset = OFFSET.matcher(trimmed);
        String hint;
        if (text.isEmpty()) {
            return "is empty: give a date-time " + PATTERN;
        } else if (!trimmed.equals(text)) {
            hint = "remove the spaces around it";
        } else if (offset.find()) {
            hint = offset.group().matches("[+-]00:?00") ? "write the UTC offset " + offset.group() + " as a final Z"
                    : "convert it to UTC and end it with Z instead of the offset " + offset.group();
        } else if (trimmed.endsWith("z")) {
            hint = "the final Z must be a capital letter";
        } else if (LOCAL.matcher(trimmed).matches()) {
            hint = "a time without Z is a local time: convert it to UTC and end it with Z";
        } else if (trimmed.length() > 10 && trimmed.charAt(10) == ' ') {
            hint = "separate the date from the time with a T";
        } else if (NO_SECONDS.matcher(trimmed).matches()) {
            hint = "give the seconds (hh:mm:ss)";
        } else if (TOO_FINE.matcher(trimmed).matches()) {
            hint = "at most 6 fractional digits (microseconds) are kept: round it";
        } else if (SHAPE.matcher(trimmed).matches()) {
            hint = "there is no such date or time";
        } else {
            hint = "e.g. 2005-11-11T17:30:00Z";
        }
        return "is not a date-time " + PATTERN + ": " + hint;
    }

    /** The year of a valid date-time's bytes (the first four digits). */
    public static int year(byte[] b, int from) {
        return digits(b, from, 4);
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1_000_000;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097L + dayOfEra - 719468;
    }
}
