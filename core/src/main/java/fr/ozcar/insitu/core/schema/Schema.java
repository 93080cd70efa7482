package fr.ozcar.insitu.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database to the current pivot schema and says which storage paths it took. */
public final class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    private Schema() {
    }

    public static DatabaseCapabilities migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseCapabilities capabilities = DatabaseCapabilities.installed(connection);
            LOG.info("Database ready: {}", capabilities.describe());
            return capabilities;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the migrated database", e);
        }
    }
}
