package fr.ozcar.insitu.core.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The published producers with their counts, read from the per-series summaries (no measurement is scanned). */
public final class ProducerCatalogue {

    private final DataSource dataSource;

    public ProducerCatalogue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ProducerSummary> list() throws SQLException {
        List<ProducerSummary> producers = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select p.id, p.name, p.title, p.revision, p.imported_at,
                            count(distinct d.id), count(s.id), coalesce(sum(s.row_count), 0),
                            min(s.first_time), max(s.last_time)
                     from producer p
                     left join dataset d on d.producer_id = p.id
                     left join series s on s.dataset_id = d.id
                     group by p.id
                     order by p.id""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                producers.add(new ProducerSummary(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getInt(4), instant(rows.getTimestamp(5)), rows.getInt(6), rows.getInt(7),
                        rows.getLong(8), instant(rows.getTimestamp(9)), instant(rows.getTimestamp(10))));
            }
        }
        return producers;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
