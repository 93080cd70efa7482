package fr.ozcar.insitu.core.deposit.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Replacing series whose rows sit in compressed TimescaleDB chunks. The chunks are segmented by
 * {@code series_id}: a DELETE whose only filter is {@code series_id} compared with a bound value or
 * array removes whole compressed batches without decompressing a row (TimescaleDB 2.x "DML on
 * compressed chunks"); a filter through a subquery or on other columns decompresses every row it
 * examines, and beyond {@code timescaledb.max_tuples_decompressed_per_dml_transaction} (100 000 by
 * default) the import failed. So the loader deletes with {@link #DELETE_SERIES} only, and lifts the
 * limit for its own transaction where decompression remains unavoidable (a new row's key checked
 * against a compressed batch). On a database without TimescaleDB nothing here changes anything.
 */
final class CompressedChunks {

    /** The only shape of delete the loader sends to the measurement table: a bound int[] of series ids. */
    static final String DELETE_SERIES = "delete from measurement where series_id = any (?)";

    /** 0 = no limit; {@code SET LOCAL}: for the import's transaction only, the server's default after. */
    static final String LIFT_DECOMPRESSION_LIMIT =
            "set local timescaledb.max_tuples_decompressed_per_dml_transaction = 0";

    private CompressedChunks() {
    }

    /** Call at the start of the import's transaction. */
    static void prepareTransaction(Connection connection) throws SQLException {
        if (timescaleInstalled(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(LIFT_DECOMPRESSION_LIMIT);
            }
        }
    }

    private static boolean timescaleInstalled(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select exists (select 1 from pg_extension where extname = 'timescaledb')");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** Deletes every measurement of these series, whole compressed batches at a time on TimescaleDB. */
    static void deleteSeries(Connection connection, Integer[] seriesIds) throws SQLException {
        if (seriesIds.length == 0) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_SERIES)) {
            delete.setArray(1, connection.createArrayOf("integer", seriesIds));
            delete.executeUpdate();
        }
    }
}
