package fr.ozcar.insitu.core.demo;

import java.time.LocalDate;

/**
 * Writes epoch seconds as ISO 8601 UTC ({@code 2005-11-11T17:30:00Z}); the date part is computed
 * once per day because rows come in time order.
 */
final class UtcTimestamps {

    private long cachedDay = Long.MIN_VALUE;
    private String cachedDate;

    void append(StringBuilder text, long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString();
        }
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400);
        text.append(cachedDate).append('T');
        twoDigits(text, secondOfDay / 3600);
        text.append(':');
        twoDigits(text, secondOfDay / 60 % 60);
        text.append(':');
        twoDigits(text, secondOfDay % 60);
        text.append('Z');
    }

    static String format(long epochSecond) {
        StringBuilder text = new StringBuilder();
        new UtcTimestamps().append(text, epochSecond);
        return text.toString();
    }

    private static void twoDigits(StringBuilder text, int value) {
        if (value < 10) {
            text.append('0');
        }
        text.append(value);
    }
}
