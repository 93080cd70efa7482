package fr.ozcar.insitu.core.catalogue;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.Viewer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The published producers with their counts, read from the per-series summaries as the viewer may see
 * them ({@code visible_series_summary}: no measurement is scanned unless a series hides rows from the
 * viewer, and then only its visible rows are counted).
 */
public final class ProducerCatalogue {

    private final DataSource dataSource;
    private final EmbargoAccess embargo;

    public ProducerCatalogue(DataSource dataSource, EmbargoAccess embargo) {
        this.dataSource = dataSource;
        this.embargo = embargo;
    }

    /** Every producer; measurements and first/last times count only the rows {@code viewer} may see. */
    public List<ProducerSummary> list(Viewer viewer) throws SQLException {
        List<ProducerSummary> producers = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                embargo.enter(connection, viewer);
                try (PreparedStatement statement = connection.prepareStatement("""
                             select p.id, p.name, p.title, p.revision, p.imported_at,
                                    count(distinct d.id), count(s.id), coalesce(sum(v.row_count), 0),
                                    min(v.first_time), max(v.last_time)
                             from producer p
                             left join dataset d on d.producer_id = p.id
                             left join series s on s.dataset_id = d.id
                             left join visible_series_summary v on v.series_id = s.id
                             group by p.id
                             order by p.id""");
                     ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        producers.add(new ProducerSummary(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getInt(4), instant(rows.getTimestamp(5)), rows.getInt(6), rows.getInt(7),
                                rows.getLong(8), instant(rows.getTimestamp(9)), instant(rows.getTimestamp(10))));
                    }
                }
            } finally {
                connection.rollback(); // read only
            }
        }
        return producers;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
