package fr.ozcar.insitu.core.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.load.DepositLoader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The history of a producer's deposits: before a deposit (or a restore) replaces the published
 * version, {@link #archive} keeps it for the retention time — its metadata rows as JSON in
 * {@code deposit_version}, the rows of each series in {@code series_rows_archive} once per data-file
 * content — and {@link #restore} publishes an archived version again with the same ids (datasets,
 * stations = SensorThings Things, series = Datastreams), the same values and a new revision.
 * Migration V131; docs/data-model.md, "History and restore".
 */
public final class DepositHistory {

    /** The tables of a producer's deposit. */
    private static final List<String> TABLES = List.of("producer", "contact", "funding", "dataset", "keyword",
            "sampling_feature", "series");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a replaced version is kept when the configuration does not say. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    private final Duration retention;

    public DepositHistory(Duration retention) {
        this.retention = retention;
    }

    /**
     * Archives the producer's published version inside the caller's transaction, which must hold the
     * producer's import lock ({@link DepositLoader#lockProducer}); also forgets expired versions.
     *
     * @return the archived version's id, or empty when the producer has no published version
     */
    public Optional<Long> archive(Connection connection, String producerId) throws SQLException {
        forgetExpired(connection);
        Columns columns = new Columns(connection);
        StringBuilder content = new StringBuilder("jsonb_build_object(");
        for (String table : TABLES) {
            if (content.length() > "jsonb_build_object(".length()) {
                content.append(", ");
            }
            // table and column names are our own schema's, never user text
            content.append("'").append(table).append("', ").append(rowsOf(table, columns.notRestored(table)));
        }
        content.append(")");
        Long version;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into deposit_version (producer_id, revision, imported_at, deposit_sha256, series_count,
                                             row_count, expires_at, content)
                select p.id, p.revision, p.imported_at, p.deposit_sha256,
                       (select count(*) from series s join dataset d on d.id = s.dataset_id where d.producer_id = p.id),
                       (select coalesce(sum(s.row_count), 0) from series s join dataset d on d.id = s.dataset_id
                        where d.producer_id = p.id),
                       now() + ?::interval, %s
                from producer p where p.id = ?
                returning id""".formatted(content))) {
            insert.setString(1, retention.toSeconds() + " seconds");
            insert.setString(2, producerId);
            try (ResultSet rows = insert.executeQuery()) {
                version = rows.next() ? rows.getLong(1) : null;
            }
        }
        if (version == null) {
            return Optional.empty();
        }
        try (PreparedStatement rows = connection.prepareStatement("""
                insert into series_rows_archive (observation_id, data_sha256, time, time_begin, value, result, flags,
                                                 longitude, latitude, altitude, additional)
                select s.observation_id, coalesce(s.data_sha256, ''), m.time, m.time_begin, m.value, m.result, m.flags,
                       m.longitude, m.latitude, m.altitude, m.additional
                from series s
                join dataset d on d.id = s.dataset_id
                join measurement m on m.series_id = s.id
                where d.producer_id = ?
                  and not exists (select 1 from series_rows_archive a
                                  where a.observation_id = s.observation_id and a.data_sha256 = coalesce(s.data_sha256, ''))""")) {
            rows.setString(1, producerId);
            rows.executeUpdate();
        }
        return Optional.of(version);
    }

    /** The producer's archived versions that have not expired, the latest first. */
    public List<DepositVersion> versions(DataSource dataSource, String producerId) throws SQLException {
        List<DepositVersion> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select id, producer_id, revision, imported_at, archived_at, expires_at, series_count, row_count,
                            deposit_sha256
                     from deposit_version where producer_id = ? and expires_at > now() order by id desc""")) {
            select.setString(1, producerId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(new DepositVersion(rows.getLong(1), rows.getString(2), rows.getInt(3),
                            rows.getTimestamp(4).toInstant(), rows.getTimestamp(5).toInstant(),
                            rows.getTimestamp(6).toInstant(), rows.getInt(7), rows.getLong(8), rows.getString(9)));
                }
            }
        }
        return versions;
    }

    /**
     * Publishes the archived version {@code versionId} of the producer again, in one transaction
     * serialised with its imports; the version it replaces is archived first.
     *
     * @return empty when the producer has no such version (or it expired)
     */
    public Optional<RestoredVersion> restore(DataSource dataSource, String producerId, long versionId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                new DepositLoader(connection, ImportLimits.DEFAULT).lockProducer(producerId);
                Optional<String> content = content(connection, producerId, versionId);
                if (content.isEmpty()) {
                    connection.rollback();
                    return Optional.empty();
                }
                Long archived = archive(connection, producerId).orElse(null);
                RestoredVersion restored = new Restore(connection, new Columns(connection), producerId, content.get())
                        .run(versionId, archived);
                connection.commit();
                return Optional.of(restored);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static Optional<String> content(Connection connection, String producerId, long versionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select content::text from deposit_version where id = ? and producer_id = ? and expires_at > now()")) {
            select.setLong(1, versionId);
            select.setString(2, producerId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Rows of {@code table} belonging to producer {@code p.id} as a JSON array, without the columns a restore does not write. */
    private static String rowsOf(String table, List<String> dropped) {
        String drop = dropped.isEmpty() ? "" : " - array[" + String.join(", ", dropped.stream().map(c -> "'" + c + "'").toList()) + "]::text[]";
        String row = "to_jsonb(t)" + drop;
        return switch (table) {
            case "producer" -> "(select " + row + " from producer t where t.id = p.id)";
            case "keyword" -> "(select coalesce(jsonb_agg(" + row + "), '[]') from keyword t"
                    + " join dataset d on d.id = t.dataset_id where d.producer_id = p.id)";
            case "series" -> "(select coalesce(jsonb_agg(" + row + "), '[]') from series t"
                    + " join dataset d on d.id = t.dataset_id where d.producer_id = p.id)";
            default -> "(select coalesce(jsonb_agg(" + row + "), '[]') from " + table + " t where t.producer_id = p.id)";
        };
    }

    private static void forgetExpired(Connection connection) throws SQLException {
        try (PreparedStatement purge = connection.prepareStatement("""
                with expired as (delete from deposit_version where expires_at <= now() returning content),
                     released as (select s ->> 'observation_id' as observation_id, coalesce(s ->> 'data_sha256', '') as data_sha256
                                  from expired, jsonb_array_elements(content -> 'series') s
                                  except
                                  select s ->> 'observation_id', coalesce(s ->> 'data_sha256', '')
                                  from deposit_version v, jsonb_array_elements(v.content -> 'series') s
                                  where v.expires_at > now())
                delete from series_rows_archive a using released r
                where a.observation_id = r.observation_id and a.data_sha256 = r.data_sha256""")) {
            purge.executeUpdate();
        }
    }

    /** The columns of our tables, as the catalogue tells them (so that columns added later are kept too). */
    private static final class Columns {
        private final Connection connection;

        Columns(Connection connection) {
            this.connection = connection;
        }

        /** Columns a restore writes: neither generated nor identities the database always assigns. */
        List<String> written(String table) throws SQLException {
            return select(table, "is_generated = 'NEVER' and coalesce(identity_generation, '') <> 'ALWAYS'");
        }

        /** Columns left out of the archive: computed by the database, they are not written back. */
        List<String> notRestored(String table) throws SQLException {
            return select(table, "(is_generated <> 'NEVER' or coalesce(identity_generation, '') = 'ALWAYS')");
        }

        private List<String> select(String table, String condition) throws SQLException {
            List<String> columns = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select column_name from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = ? and " + condition + " order by ordinal_position")) {
                select.setString(1, table);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        columns.add(rows.getString(1));
                    }
                }
            }
            return columns;
        }
    }

    /** One restore, in the caller's transaction. */
    private record Restore(Connection connection, Columns columns, String producerId, String content) {

        RestoredVersion run(long versionId, Long archived) throws SQLException {
            // rows of series that the version does not have, or had with another data file
            update("""
                    delete from measurement m using series s, dataset d
                    where m.series_id = s.id and d.id = s.dataset_id and d.producer_id = ?
                      and not exists (select 1 from jsonb_array_elements(?::jsonb -> 'series') v
                                      where (v ->> 'id')::integer = s.id
                                        and coalesce(v ->> 'data_sha256', '') = coalesce(s.data_sha256, ''))""", true);
            update("""
                    delete from series s using dataset d
                    where d.id = s.dataset_id and d.producer_id = ?
                      and not exists (select 1 from jsonb_array_elements(?::jsonb -> 'series') v
                                      where (v ->> 'id')::integer = s.id and v ->> 'observation_id' = s.observation_id)""", true);
            update("""
                    delete from dataset d where d.producer_id = ?
                      and not exists (select 1 from jsonb_array_elements(?::jsonb -> 'dataset') v where v ->> 'id' = d.id)""", true);
            int revision = producer();
            update("delete from contact where producer_id = ?", false);
            update("delete from funding where producer_id = ?", false);
            insert("contact", null);
            insert("funding", null);
            insert("dataset", "id");
            update("""
                    delete from keyword k using dataset d where d.id = k.dataset_id and d.producer_id = ?""", false);
            insert("keyword", null);
            // stations the version does not have and no remaining series uses; the others are upserted by id
            update("""
                    delete from sampling_feature f where f.producer_id = ?
                      and not exists (select 1 from jsonb_array_elements(?::jsonb -> 'sampling_feature') v
                                      where (v ->> 'id')::integer = f.id)
                      and not exists (select 1 from series s where s.sampling_feature_id = f.id)""", true);
            insert("sampling_feature", "id");
            insert("series", "id");
            update("""
                    delete from sampling_feature f where f.producer_id = ?
                      and not exists (select 1 from jsonb_array_elements(?::jsonb -> 'sampling_feature') v
                                      where (v ->> 'id')::integer = f.id)""", true);
            insertArchivedRows("""
                    insert into measurement (series_id, time, time_begin, value, result, flags, longitude, latitude,
                                             altitude, additional)
                    select (v ->> 'id')::integer, a.time, a.time_begin, a.value, a.result, a.flags, a.longitude,
                           a.latitude, a.altitude, a.additional
                    from jsonb_array_elements(?::jsonb -> 'series') v
                    join series_rows_archive a on a.observation_id = v ->> 'observation_id'
                                              and a.data_sha256 = coalesce(v ->> 'data_sha256', '')
                    where not exists (select 1 from measurement m where m.series_id = (v ->> 'id')::integer)""");
            JsonNode series = series();
            long total = 0;
            for (JsonNode one : series) {
                total += one.path("row_count").asLong();
            }
            return new RestoredVersion(producerId, versionId, revision, archived, series.size(), total);
        }

        private JsonNode series() {
            try {
                return JSON.readTree(content).path("series");
            } catch (IOException e) {
                throw new IllegalStateException("deposit_version.content is not JSON", e);
            }
        }

        /** The producer row of the version, published as a new revision. */
        private int producer() throws SQLException {
            List<String> written = columns.written("producer");
            String list = quoted(written);
            StringBuilder set = new StringBuilder();
            for (String column : written) {
                if (!List.of("id", "revision", "imported_at").contains(column)) {
                    set.append('"').append(column).append("\" = excluded.\"").append(column).append("\", ");
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement("insert into producer (" + list + ") select "
                    + list + " from jsonb_populate_record(null::producer, ?::jsonb -> 'producer')"
                    + " on conflict (id) do update set " + set + "revision = producer.revision + 1, imported_at = now()"
                    + " returning revision")) {
                upsert.setString(1, content);
                try (ResultSet rows = upsert.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        }

        /** Inserts the version's rows of {@code table}; with a key, rows that exist are updated instead. */
        private void insert(String table, String key) throws SQLException {
            List<String> written = columns.written(table);
            String list = quoted(written);
            StringBuilder sql = new StringBuilder("insert into " + table + " (" + list + ") select " + list
                    + " from jsonb_populate_recordset(null::" + table + ", ?::jsonb -> '" + table + "')");
            if (key != null) {
                sql.append(" on conflict (").append(key).append(") do update set ");
                List<String> sets = new ArrayList<>();
                for (String column : written) {
                    if (!column.equals(key)) {
                        sets.add("\"" + column + "\" = excluded.\"" + column + "\"");
                    }
                }
                sql.append(String.join(", ", sets));
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                insert.setString(1, content);
                insert.executeUpdate();
            }
        }

        private void insertArchivedRows(String sql) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, content);
                statement.executeUpdate();
            }
        }

        /** A statement whose first parameter is the producer id and, when {@code withContent}, the second the version. */
        private void update(String sql, boolean withContent) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, producerId);
                if (withContent) {
                    statement.setString(2, content);
                }
                statement.executeUpdate();
            }
        }

        private static String quoted(List<String> columns) {
            return String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList());
        }
    }
}
