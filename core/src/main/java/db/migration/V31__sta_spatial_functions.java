package db.migration;

import fr.ozcar.insitu.core.schema.DatabaseCapabilities;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Without PostGIS, installs the SQL functions over GeoJSON that evaluate SensorThings spatial
 * filters in the database (db/sta/geojson_functions.sql). With PostGIS, its own functions are used.
 */
public class V31__sta_spatial_functions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (DatabaseCapabilities.installed(connection).postgis()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(script());
        }
    }

    private static String script() throws IOException {
        try (InputStream in = V31__sta_spatial_functions.class.getResourceAsStream("/db/sta/geojson_functions.sql")) {
            if (in == null) {
                throw new IOException("db/sta/geojson_functions.sql is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
