package fr.ozcar.insitu.core.testing;

import fr.ozcar.insitu.core.database.EmbeddedDatabase;
import fr.ozcar.insitu.core.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database on a real PostgreSQL for each caller.
 *
 * <p>{@link #create()} uses the embedded server (no PostGIS, no TimescaleDB: the default path),
 * started once per JVM. {@link #createOnPostgis()} uses the PostGIS server named by
 * {@code INSITU_TEST_POSTGIS_URL}, which {@code scripts/test} starts: a JDBC URL of a database on which
 * the user may create databases ({@code jdbc:postgresql://127.0.0.1:55432/postgres?user=postgres}).
 * Without it such tests are skipped on a developer's machine and fail under CI ({@code CI} set), so
 * that the PostGIS path can never silently go untested there.
 */
public final class TestDatabase {

    public static final String POSTGIS_URL_VARIABLE = "INSITU_TEST_POSTGIS_URL";

    private static String embeddedAdminUrl;

    private final String name;
    private final String url;

    private TestDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** Creates a database with the current schema on the embedded server. */
    public static TestDatabase create() {
        return migrated(createEmpty(embeddedAdminUrl()));
    }

    /** Creates a database with the current schema on the PostGIS server (see the class comment). */
    public static TestDatabase createOnPostgis() {
        String configured = System.getenv(POSTGIS_URL_VARIABLE);
        if (configured == null || configured.isBlank()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(POSTGIS_URL_VARIABLE + " is not set under CI: scripts/test must start"
                        + " the PostGIS server so that the PostGIS path is tested");
            }
            Assumptions.abort(POSTGIS_URL_VARIABLE + " not set: no PostGIS server for this test");
        }
        return migrated(createEmpty(configured));
    }

    /** Creates an empty database without any schema on the embedded server (for migration tests). */
    public static TestDatabase createEmpty() {
        return createEmpty(embeddedAdminUrl());
    }

    private static TestDatabase migrated(TestDatabase database) {
        Schema.migrate(database.dataSource());
        return database;
    }

    private static TestDatabase createEmpty(String admin) {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(admin);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name); // name is ours, never user text
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin, e);
        }
        return new TestDatabase(name, replaceDatabase(admin, name));
    }

    private static synchronized String embeddedAdminUrl() {
        if (embeddedAdminUrl == null) {
            EmbeddedDatabase embedded = EmbeddedDatabase.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            embeddedAdminUrl = embedded.jdbcUrl("postgres") + "?user=postgres";
        }
        return embeddedAdminUrl;
    }

    private static String replaceDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }

    public String name() {
        return name;
    }

    /** JDBC URL of this database, with its user as a URL parameter. */
    public String url() {
        return url;
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        if (!url.contains("user=")) {
            dataSource.setUser("postgres");
        }
        return dataSource;
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    /** {@code select count(*) from <fromWhere>}; the argument is a test's own SQL, never user text. */
    public long count(String fromWhere) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("select count(*) from " + fromWhere)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
