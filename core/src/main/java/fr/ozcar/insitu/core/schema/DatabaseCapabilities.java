package fr.ozcar.insitu.core.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the target PostgreSQL offers beyond the core: the storage and spatial paths are chosen from
 * this once, at migration time, and reported at start-up.
 */
public record DatabaseCapabilities(boolean postgis, boolean timescale, String serverVersion) {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCapabilities.class);

    /** Extensions that are installed in the database, or installable into it. */
    public static DatabaseCapabilities detect(Connection connection) throws SQLException {
        boolean timescaleAvailable = extensionAvailable(connection, "timescaledb");
        boolean timescale = timescaleUsable(timescaleAvailable, extensionInstalled(connection, "timescaledb"),
                setting(connection, "shared_preload_libraries"));
        if (timescaleAvailable && !timescale) {
            LOG.warn("TimescaleDB is installed on this server but not loaded: add timescaledb to"
                    + " shared_preload_libraries in postgresql.conf and restart PostgreSQL to use it. Measurements"
                    + " go to a table partitioned by year meanwhile (CREATE EXTENSION would fail)");
        }
        return new DatabaseCapabilities(
                extensionAvailable(connection, "postgis"),
                timescale,
                connection.getMetaData().getDatabaseProductVersion());
    }

    /**
     * TimescaleDB can be created only when the server preloads its library: the package installs the
     * extension's files, yet {@code CREATE EXTENSION} fails until {@code shared_preload_libraries} names
     * it and the server restarted (a common state right after installing the package).
     */
    static boolean timescaleUsable(boolean available, boolean installed, String preloadLibraries) {
        if (installed) {
            return true;
        }
        return available && preloadLibraries != null && Arrays.stream(preloadLibraries.split(","))
                .map(library -> library.strip().replace("\"", ""))
                .anyMatch(library -> library.equals("timescaledb") || library.startsWith("timescaledb-"));
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select current_setting(?, true)")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
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
