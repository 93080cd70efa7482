package fr.ozcar.insitu.export;

import java.time.Instant;
import java.util.Optional;

/**
 * The rows of one series to export: times in [{@code from}, {@code to}], both inclusive and optional.
 *
 * @param numeric false for series of text results (photos, notes…)
 */
public record SeriesSlice(int seriesId, String observationId, boolean numeric, Optional<Instant> from,
                          Optional<Instant> to) {
}
