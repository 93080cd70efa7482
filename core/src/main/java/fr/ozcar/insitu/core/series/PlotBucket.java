package fr.ozcar.insitu.core.series;

import java.time.Instant;

/**
 * The measurements with a numeric value in [{@code start}, {@code end}): their extremes (exactly the raw
 * rows', not an approximation), their mean and how many there are.
 */
public record PlotBucket(Instant start, Instant end, double min, double max, double mean, long count) {
}
