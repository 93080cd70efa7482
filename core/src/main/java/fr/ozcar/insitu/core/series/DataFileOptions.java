package fr.ozcar.insitu.core.series;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How to write a series' data file.
 *
 * @param extractedAt    the {@code #Date_of_extraction} (fixed by a caller that must write the same bytes twice,
 *                       e.g. to resume a download)
 * @param from           first time included, if any
 * @param to             last time included, if any
 * @param missingAsEmpty an empty cell for a missing value instead of the observation's declared code
 * @param commentLines   further {@code #} lines after the four standard ones (without the {@code #})
 */
public record DataFileOptions(Instant extractedAt, Optional<Instant> from, Optional<Instant> to,
                              boolean missingAsEmpty, List<String> commentLines) {

    public DataFileOptions {
        commentLines = List.copyOf(commentLines);
    }

    /** Every row, missing values as declared, the four standard header lines only. */
    public static DataFileOptions whole(Instant extractedAt) {
        return new DataFileOptions(extractedAt, Optional.empty(), Optional.empty(), false, List.of());
    }
}
