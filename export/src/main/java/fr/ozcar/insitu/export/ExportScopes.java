package fr.ozcar.insitu.export;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.EmbargoWindows;
import fr.ozcar.insitu.core.access.Viewer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Decides what a viewer may export of a series or a dataset for a time window, from the series summaries
 * (first and last time, kept at import) and core.access's embargo ({@link EmbargoAccess}), so that a refusal is
 * known before any row is read. The writers then read {@code visible_measurement} as the same viewer.
 */
public final class ExportScopes {

    private static final String SERIES = "select s.id, s.observation_id, s.data_type, s.first_time, s.last_time,"
            + " d.id, p.imported_at"
            + " from series s join dataset d on d.id = s.dataset_id join producer p on p.id = d.producer_id";

    private final DataSource dataSource;
    private final EmbargoAccess access = new EmbargoAccess();

    public ExportScopes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The series {@code observationId} as {@code viewer} may export it; refused when nothing would be left. */
    public ExportScope series(String observationId, ExportOptions options, Viewer viewer) {
        List<Candidate> candidates = load(SERIES + " where s.observation_id = ?", observationId, viewer);
        if (candidates.isEmpty()) {
            throw new ExportRefused(ExportRefused.Reason.NOT_FOUND, "no series " + observationId);
        }
        return scope(candidates, observationId, false, options, viewer);
    }

    /** Every series of {@code datasetId} that {@code viewer} may export; refused when nothing would be left. */
    public ExportScope dataset(String datasetId, ExportOptions options, Viewer viewer) {
        List<Candidate> candidates = load(SERIES + " where d.id = ? order by s.observation_id", datasetId, viewer);
        if (candidates.isEmpty()) {
            throw new ExportRefused(ExportRefused.Reason.NOT_FOUND, "no dataset " + datasetId + " with series");
        }
        return scope(candidates, datasetId, true, options, viewer);
    }

    private static ExportScope scope(List<Candidate> candidates, String stem, boolean wholeDataset,
                                     ExportOptions options, Viewer viewer) {
        List<SeriesSlice> slices = new ArrayList<>();
        boolean embargoed = false;
        StringBuilder readable = new StringBuilder();
        for (Candidate candidate : candidates) {
            // rows at or after hiddenFrom are hidden: the last readable time is one microsecond (PostgreSQL's) before
            Optional<Instant> limit = Optional.ofNullable(candidate.hiddenFrom()).map(from -> from.minusNanos(1000));
            if (candidate.first() == null) {
                continue; // a series without rows has nothing to export
            }
            Instant lastReadable = limit.filter(l -> l.isBefore(candidate.last())).orElse(candidate.last());
            if (lastReadable.isBefore(candidate.first())) {
                embargoed = true;
                continue;
            }
            Optional<Instant> to = options.to().filter(t -> t.isBefore(lastReadable)).or(() -> limit);
            if (options.from().map(from -> from.isAfter(lastReadable)).orElse(false)
                    || options.to().map(t -> t.isBefore(candidate.first())).orElse(false)) {
                readable.append(readable.isEmpty() ? "" : ", ").append(candidate.observationId()).append(' ')
                        .append(candidate.first()).append(" to ").append(lastReadable);
                continue;
            }
            slices.add(new SeriesSlice(candidate.seriesId(), candidate.observationId(), candidate.numeric(),
                    options.from(), to));
        }
        if (slices.isEmpty()) {
            if (embargoed && readable.isEmpty()) {
                throw new ExportRefused(ExportRefused.Reason.EMBARGOED, stem + ": every row is still under embargo");
            }
            throw new ExportRefused(ExportRefused.Reason.NO_DATA_IN_WINDOW, stem + ": no rows in the window"
                    + (readable.isEmpty() ? "" : "; rows you may read: " + readable));
        }
        return new ExportScope(candidates.get(0).datasetId(), stem, wholeDataset,
                candidates.get(0).deposited(), slices, viewer);
    }

    /** The series with the embargo of {@code viewer} today, as core.access decides it. */
    private List<Candidate> load(String sql, String id, Viewer viewer) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                EmbargoWindows windows = access.windows(connection, viewer);
                statement.setString(1, id);
                List<Candidate> candidates = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        candidates.add(new Candidate(row.getInt(1), row.getString(2),
                                "numeric".equals(row.getString(3).toLowerCase(Locale.ROOT)),
                                instant(row.getTimestamp(4)), instant(row.getTimestamp(5)), row.getString(6),
                                windows.hiddenFrom().get(row.getInt(1)), instant(row.getTimestamp(7))));
                    }
                }
                return candidates;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the series to export", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Candidate(int seriesId, String observationId, boolean numeric, Instant first, Instant last,
                             String datasetId, Instant hiddenFrom, Instant deposited) {
    }
}
