package fr.ozcar.insitu.export;

import java.time.Instant;
import java.util.Optional;

/**
 * What the person exporting asked for.
 *
 * @param from           first time wanted (inclusive), if any
 * @param to             last time wanted (inclusive), if any
 * @param missingAsEmpty CSV: an empty cell for a missing value instead of the observation's declared code
 * @param citationHeader CSV: further {@code #} lines with citation, DOI, licence, station, variable IRI, unit and
 *                       quality flags (our importer reads them as comments, so the file still re-imports)
 */
public record ExportOptions(Optional<Instant> from, Optional<Instant> to, boolean missingAsEmpty,
                            boolean citationHeader) {

    public static final ExportOptions ALL = new ExportOptions(Optional.empty(), Optional.empty(), false, false);

    public ExportOptions {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new ExportRefused(ExportRefused.Reason.BAD_WINDOW,
                    "the window starts (from=" + from.get() + ") after it ends (to=" + to.get() + ")");
        }
    }
}
