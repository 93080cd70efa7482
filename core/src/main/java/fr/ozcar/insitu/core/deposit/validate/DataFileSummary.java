package fr.ozcar.insitu.core.deposit.validate;

import java.util.BitSet;

/**
 * What one pass over a data file learnt: the series summary kept in {@code series}, and the years
 * whose measurement partitions must exist before loading.
 *
 * @param firstMicros {@code date_end} of the first row (rows are in increasing time), or null
 * @param minValue    smallest numeric value, or null when there is none
 */
public record DataFileSummary(long rows, Long firstMicros, Long lastMicros, Double minValue, Double maxValue,
                              BitSet years, boolean valid) {
}
