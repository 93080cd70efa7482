package fr.ozcar.insitu.core.testing;

import fr.ozcar.insitu.core.database.EmbeddedDatabase;
import fr.ozcar.insitu.core.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database on a real PostgreSQL for each caller.
 *
 * <p>The server is the embedded one (started once per JVM) unless {@code INSITU_TEST_DATABASE_URL}
 * names another, e.g. the PostGIS server that {@code .ci/run} starts: a JDBC URL of a database on
 * which the user may create databases ({@code jdbc:postgresql://127.0.0.1:55432/postgres?user=postgres}).
 */
public final class TestDatabase {

    public static final String SERVER_URL_VARIABLE = "INSITU_TEST_DATABASE_URL";

    private static String adminUrl;

    private final String name;
    private final String url;

    private TestDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** Creates an empty database with the current schema. */
    public static TestDatabase create() {
        TestDatabase database = createEmpty();
        Schema.migrate(database.dataSource());
        return database;
    }

    /** Creates an empty database without any schema (for migration tests). */
    public static TestDatabase createEmpty() {
        String admin = adminUrl();
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(admin);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name); // name is ours, never user text
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin, e);
        }
        return new TestDatabase(name, replaceDatabase(admin, name));
    }

    /** True when the tests run on an external server (set by CI to its PostGIS server). */
    public static boolean externalServer() {
        String configured = System.getenv(SERVER_URL_VARIABLE);
        return configured != null && !configured.isBlank();
    }

    private static synchronized String adminUrl() {
        if (adminUrl == null) {
            if (externalServer()) {
                adminUrl = System.getenv(SERVER_URL_VARIABLE);
            } else {
                EmbeddedDatabase embedded = EmbeddedDatabase.startTemporary();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
                adminUrl = embedded.jdbcUrl("postgres") + "?user=postgres";
            }
        }
        return adminUrl;
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
}
