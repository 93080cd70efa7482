package db.migration;

import fr.ozcar.insitu.core.schema.DatabaseCapabilities;
import fr.ozcar.insitu.core.schema.MeasurementStorage;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Creates the measurement table in the layout the database allows (see {@link MeasurementStorage}). */
public class V2__measurement_storage extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        MeasurementStorage storage = MeasurementStorage.choose(DatabaseCapabilities.detect(connection));
        try (Statement statement = connection.createStatement()) {
            for (String sql : storage.ddl()) {
                statement.execute(sql);
            }
        }
    }
}
