package fr.ozcar.insitu.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the yearly partitions of the native measurement table before rows arrive. Call it in its
 * own short transaction before an import: an empty partition is harmless if the import then fails,
 * and concurrent imports do not serialise on DDL inside their long transactions.
 */
public final class MeasurementPartitions {

    private MeasurementPartitions() {
    }

    /** Ensures a partition exists for every year from {@code firstYear} to {@code lastYear}. */
    public static void ensureYears(Connection connection, int firstYear, int lastYear) throws SQLException {
        if (!isPartitioned(connection)) {
            return; // a hypertable makes its own chunks
        }
        try (Statement statement = connection.createStatement()) {
            // serialises concurrent creators of the same partition (released at commit)
            statement.execute("select pg_advisory_xact_lock(hashtext('measurement_partitions'))");
            for (int year = firstYear; year <= lastYear; year++) {
                if (year < 1 || year > 9998) {
                    throw new IllegalArgumentException("year out of range: " + year);
                }
                // the year is an int we formatted ourselves: no user text reaches this statement
                statement.execute(String.format(
                        "create table if not exists measurement_y%04d partition of measurement"
                                + " for values from ('%04d-01-01T00:00:00Z') to ('%04d-01-01T00:00:00Z')",
                        year, year, year + 1));
            }
        }
    }

    private static boolean isPartitioned(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery(
                     "select 1 from pg_partitioned_table p join pg_class c on c.oid = p.partrelid"
                             + " where c.relname = 'measurement'")) {
            return rows.next();
        }
    }
}
