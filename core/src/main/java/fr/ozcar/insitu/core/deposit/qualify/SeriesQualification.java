package fr.ozcar.insitu.core.deposit.qualify;

import java.util.List;
import java.util.Map;

/**
 * What a data manager checks before publishing a series, computed while the validation pass reads its
 * file: never an error, only facts and warnings.
 *
 * @param rows            measurement rows
 * @param stepSeconds     the usual time step (the most frequent interval between consecutive rows), or
 *                        null with fewer than 3 rows
 * @param gaps            intervals longer than twice the usual step
 * @param longestGapSeconds the longest interval between two rows, or null with fewer than 2 rows
 * @param duplicates      rows whose time repeats the previous row's to the second (SensorThings gives both
 *                        the same id)
 * @param flags           rows per quality flag code ({@code ""} = no flag)
 * @param missing         rows with the missing-value code
 * @param plausibleMin    the plausible range applied, or null when none is known for the variable/unit
 * @param outsideRange    numeric values outside the plausible range
 * @param spikes          isolated spikes: values far from both neighbours while the neighbours agree
 * @param sparkline       (min, max) of the numeric values over equal runs of rows, in time order: between
 *                        {@link Qualifier#SPARKLINE_POINTS} and twice as many points, for a small
 *                        chart; empty for a text series
 */
public record SeriesQualification(String observationId, long rows, Long stepSeconds, long gaps,
                                  Long longestGapSeconds, long duplicates, Map<String, Long> flags, long missing,
                                  Double plausibleMin, Double plausibleMax, long outsideRange, long spikes,
                                  List<double[]> sparkline) {
}
