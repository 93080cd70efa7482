package fr.ozcar.insitu.export;

import fr.ozcar.insitu.core.access.Viewer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Decides what a viewer may export of a series or a dataset for a time window, from the series summaries
 * (first and last time, kept at import), so that a refusal is known before any row is read.
 */
public final class ExportScopes {

    private static final String SERIES = "select s.id, s.observation_id, s.data_type, s.first_time, s.last_time,"
            + " d.id, d.producer_id, d.embargo_days,"
            + " array(select lower(e) from jsonb_array_elements_text(coalesce("
            + "   d.document #> '{metadata,dataConstraint,embargo,priviledgedUsers}', '[]')) e),"
            + " p.imported_at"
            + " from series s join dataset d on d.id = s.dataset_id join producer p on p.id = d.producer_id";

    private final DataSource dataSource;

    public ExportScopes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The series {@code observationId} as {@code viewer} may export it; refused when nothing would be left. */
    public ExportScope series(String observationId, ExportOptions options, Viewer viewer) {
        List<Candidate> candidates = load(SERIES + " where s.observation_id = ?", observationId);
        if (candidates.isEmpty()) {
            throw new ExportRefused(ExportRefused.Reason.NOT_FOUND, "no series " + observationId);
        }
        return scope(candidates, observationId, false, options, viewer);
    }

    /** Every series of {@code datasetId} that {@code viewer} may export; refused when nothing would be left. */
    public ExportScope dataset(String datasetId, ExportOptions options, Viewer viewer) {
        List<Candidate> candidates = load(SERIES + " where d.id = ? order by s.observation_id", datasetId);
        if (candidates.isEmpty()) {
            throw new ExportRefused(ExportRefused.Reason.NOT_FOUND, "no dataset " + datasetId + " with series");
        }
        return scope(candidates, datasetId, true, options, viewer);
    }

    private static ExportScope scope(List<Candidate> candidates, String stem, boolean wholeDataset,
                                     ExportOptions options, Viewer viewer) {
        Instant now = Instant.now();
        List<SeriesSlice> slices = new ArrayList<>();
        boolean embargoed = false;
        StringBuilder readable = new StringBuilder();
        for (Candidate candidate : candidates) {
            Optional<Instant> limit = candidate.embargo().lastReadable(viewer, now);
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
                candidates.get(0).deposited(), slices);
    }

    private List<Candidate> load(String sql, String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            List<Candidate> candidates = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Set<String> privileged = new HashSet<>(Arrays.asList((String[]) row.getArray(9).getArray()));
                    candidates.add(new Candidate(row.getInt(1), row.getString(2),
                            "numeric".equals(row.getString(3).toLowerCase(Locale.ROOT)),
                            instant(row.getTimestamp(4)), instant(row.getTimestamp(5)), row.getString(6),
                            new EmbargoLimit(row.getString(7), (Integer) row.getObject(8), privileged),
                            instant(row.getTimestamp(10))));
                }
            }
            return candidates;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the series to export", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Candidate(int seriesId, String observationId, boolean numeric, Instant first, Instant last,
                             String datasetId, EmbargoLimit embargo, Instant deposited) {
    }
}
