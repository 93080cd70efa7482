package fr.ozcar.insitu.core.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the target PostgreSQL offers beyond the core: the storage and spatial paths are chosen from
 * this once, at migration time, and reported at start-up.
 */
public record DatabaseCapabilities(boolean postgis, boolean timescale, String serverVersion) {

    /** Extensions that are installed in the database, or installable into it. */
    public static DatabaseCapabilities detect(Connection connection) throws SQLException {
        return new DatabaseCapabilities(
                extensionAvailable(connection, "postgis"),
                extensionAvailable(connection, "timescaledb"),
                connection.getMetaData().getDatabaseProductVersion());
    }

    /** What the migrations actually installed (the extension may be available yet not creatable). */
    public static DatabaseCapabilities installed(Connection connection) throws SQLException {
        return new DatabaseCapabilities(
                extensionInstalled(connection, "postgis"),
                extensionInstalled(connection, "timescaledb"),
                connection.getMetaData().getDatabaseProductVersion());
    }

    private static boolean extensionAvailable(Connection connection, String name) throws SQLException {
        return exists(connection, "select 1 from pg_available_extensions where name = ?", name);
    }

    private static boolean extensionInstalled(Connection connection, String name) throws SQLException {
        return exists(connection, "select 1 from pg_extension where extname = ?", name);
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    public String describe() {
        return "PostgreSQL " + serverVersion
                + (timescale ? ", TimescaleDB hypertable for measurements" : ", time-partitioned measurement table")
                + (postgis ? ", PostGIS geometries" : ", no PostGIS (spatial predicates evaluated on coordinates)");
    }
}
