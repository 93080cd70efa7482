package fr.ozcar.insitu.core.deposit.convert;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a producer's plain table is written: one row per measurement, {@code time;value[;flag]}, times
 * in {@code datePattern} (a {@link DateTimeFormatter} pattern such as {@code dd/MM/yyyy HH:mm}) in
 * {@code zone} when the pattern has no offset, values with a decimal point or a decimal comma.
 *
 * @param separator  the column separator ({@code ;}, {@code ,} or a tab)
 * @param headerLines lines to skip at the top (column titles)
 */
public record PlainTable(char separator, DateTimeFormatter datePattern, ZoneId zone, int headerLines) {
}
