package fr.ozcar.insitu.core.series;

import fr.ozcar.insitu.core.access.Viewer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place the series reads ({@link SeriesPlot}, {@link PivotDataFileWriter}) ask which of a series' rows
 * a viewer may see: the rows strictly before the instant returned, if any. It applies the pivot format's rule —
 * rows inside the dataset's {@code embargo.duration} days counted back from now are shown only to the
 * producer's data managers, administrators and the dataset's {@code priviledgedUsers} — until the access
 * component of {@code core.access} (embargo issue) replaces it at this single call site.
 */
final class EmbargoCutoff {

    private EmbargoCutoff() {
    }

    /** Rows at or after the returned instant are hidden from {@code viewer}; empty when none is. */
    static Optional<Instant> visibleBefore(Connection connection, int seriesId, Viewer viewer) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select d.producer_id, now() - make_interval(days => d.embargo_days),
                       coalesce(d.document #> '{metadata,dataConstraint,embargo,priviledgedUsers}', '[]'::jsonb)
                           @> jsonb_build_array(?::text)
                from series s join dataset d on d.id = s.dataset_id
                where s.id = ? and d.embargo_days > 0""")) {
            statement.setString(1, viewer.email().orElse(null));
            statement.setInt(2, seriesId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || viewer.manages(row.getString(1)) || (viewer.email().isPresent() && row.getBoolean(3))) {
                    return Optional.empty();
                }
                return Optional.of(row.getTimestamp(2).toInstant());
            }
        }
    }
}
