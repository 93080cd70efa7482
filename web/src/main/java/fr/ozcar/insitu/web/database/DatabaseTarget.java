package fr.ozcar.insitu.web.database;

import fr.ozcar.insitu.core.database.EmbeddedDatabase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which PostgreSQL the application uses: the one named by {@code DATASOURCES_DEFAULT_URL} (with
 * {@code DATASOURCES_DEFAULT_USERNAME} / {@code _PASSWORD}), used as it is, or else the embedded
 * default, whose data lives in {@code INSITU_DATA_DIR} ({@code ./data} by default) and survives
 * restarts.
 */
public record DatabaseTarget(String url, String username, String password, EmbeddedDatabase embedded) {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTarget.class);

    public static DatabaseTarget resolve(Map<String, String> environment) {
        Optional<String> configured = setting(environment, "DATASOURCES_DEFAULT_URL", "datasources.default.url");
        if (configured.isPresent()) {
            return new DatabaseTarget(configured.get(),
                    setting(environment, "DATASOURCES_DEFAULT_USERNAME", "datasources.default.username").orElse(null),
                    setting(environment, "DATASOURCES_DEFAULT_PASSWORD", "datasources.default.password").orElse(null),
                    null);
        }
        Path pgData = dataDirectory(environment).resolve("pg");
        LOG.info("No DATASOURCES_DEFAULT_URL: starting the embedded PostgreSQL in {}", pgData.toAbsolutePath());
        EmbeddedDatabase embedded = EmbeddedDatabase.start(pgData, 0);
        return new DatabaseTarget(embedded.jdbcUrl("postgres"), "postgres", "", embedded);
    }

    /** The folder for the application's own files (embedded database, demo deposits). */
    public static Path dataDirectory(Map<String, String> environment) {
        return Path.of(setting(environment, "INSITU_DATA_DIR", "insitu.data-dir").orElse("data"));
    }

    private static Optional<String> setting(Map<String, String> environment, String variable, String property) {
        String value = System.getProperty(property, environment.get(variable));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The Micronaut properties that point the application's data source here. */
    public Map<String, Object> micronautProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", url);
        if (username != null) {
            properties.put("datasources.default.username", username);
        }
        if (password != null) {
            properties.put("datasources.default.password", password);
        }
        return properties;
    }

    /** A plain data source, for the command-line tools that run without the server. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        if (username != null) {
            dataSource.setUser(username);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }
}
