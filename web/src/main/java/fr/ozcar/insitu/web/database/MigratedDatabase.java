package fr.ozcar.insitu.web.database;

import fr.ozcar.insitu.core.schema.DatabaseCapabilities;
import fr.ozcar.insitu.core.schema.Schema;
import io.micronaut.context.annotation.Context;
import javax.sql.DataSource;

/** Migrates the database when the application context starts, before anything queries it. */
@Context
public class MigratedDatabase {

    private final DatabaseCapabilities capabilities;

    public MigratedDatabase(DataSource dataSource) {
        this.capabilities = Schema.migrate(dataSource);
    }

    public DatabaseCapabilities capabilities() {
        return capabilities;
    }
}
