package fr.ozcar.insitu.core.series;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes one producer, dataset, station and series with the given rows, as an import leaves them, for
 * tests of the read paths.
 */
final class MeasuredSeries {

    /** One measurement row: a null value is a missing value. */
    record Row(Instant time, Double value, String flag) {
    }

    static void insert(DataSource dataSource, String observationId, Integer embargoDays, List<Row> rows)
            throws SQLException {
        String producer = observationId.substring(0, 4);
        String dataset = producer + "_DAT_" + observationId.substring(9);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            execute(connection, "insert into producer (id, name, title, description, document, deposit_sha256)"
                    + " values (?, 'Cevennes observatory', 'Cevennes', 'Hillslope hydrology', '{}', 'x')"
                    + " on conflict do nothing", producer);
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into dataset (id, producer_id, title, description, embargo_days, document)"
                            + " values (?, ?, 'Meteorology at Mont Lozere', 'Air temperature every 15 min', ?,"
                            + " '{\"metadata\":{\"dataConstraint\":{\"embargo\":{\"priviledgedUsers\":[\"ana@example.org\"]}}}}')")) {
                statement.setString(1, dataset);
                statement.setString(2, producer);
                statement.setObject(3, embargoDays, Types.INTEGER);
                statement.executeUpdate();
            }
            execute(connection, "insert into sampling_feature (producer_id, name, geometry, geometry_type, longitude, latitude)"
                    + " values (?, 'Mont Lozere', '{\"type\":\"Point\",\"coordinates\":[3.74,44.42]}', 'Point', 3.74, 44.42)",
                    producer);
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into series (observation_id, dataset_id, sampling_feature_id, property_name, unit,
                                        processing_level, data_type, time_serie, data_file, document, row_count,
                                        first_time, last_time)
                    values (?, ?, (select max(id) from sampling_feature), 'Air temperature', '°C',
                            'Raw data', 'Numeric', true, 'x.txt', '{}', ?, ?, ?)""")) {
                statement.setString(1, observationId);
                statement.setString(2, dataset);
                statement.setLong(3, rows.size());
                statement.setObject(4, rows.isEmpty() ? null : offset(rows.get(0).time()), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(5, rows.isEmpty() ? null : offset(rows.get(rows.size() - 1).time()),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into measurement (series_id, time, value, flags)"
                            + " values ((select id from series where observation_id = ?), ?, ?, ?)")) {
                for (Row row : rows) {
                    statement.setString(1, observationId);
                    statement.setObject(2, offset(row.time()));
                    statement.setObject(3, row.value(), Types.DOUBLE);
                    statement.setString(4, row.flag());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            connection.commit();
        }
    }

    private static void execute(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }

    private static OffsetDateTime offset(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
