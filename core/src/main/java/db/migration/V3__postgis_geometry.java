package db.migration;

import fr.ozcar.insitu.core.schema.DatabaseCapabilities;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds a PostGIS geometry, kept in step with the GeoJSON column by a generated expression, when the
 * extension exists. Without it, spatial queries use the GeoJSON and coordinate columns.
 */
public class V3__postgis_geometry extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!DatabaseCapabilities.detect(connection).postgis()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists postgis");
            statement.execute("alter table sampling_feature add column geom geometry(Geometry, 4326)"
                    + " generated always as (ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(geometry::text)), 4326)) stored");
            statement.execute("create index sampling_feature_geom on sampling_feature using gist (geom)");
        }
    }
}
