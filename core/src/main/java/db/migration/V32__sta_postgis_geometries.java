package db.migration;

import fr.ozcar.insitu.core.schema.DatabaseCapabilities;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * With PostGIS, gives the SensorThings views over stations (migration V30) the indexed {@code geom}
 * column of {@code sampling_feature} as their last column, so that spatial $filters use its GiST
 * index. Each view keeps its definition: it is wrapped and joined on the station key.
 */
public class V32__sta_postgis_geometries extends BaseJavaMigration {

    private static final List<String> STATION_VIEWS = List.of("sta_location", "sta_feature_of_interest");

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!DatabaseCapabilities.installed(connection).postgis()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String view : STATION_VIEWS) {
                String definition;
                try (ResultSet rows = statement.executeQuery("select pg_get_viewdef('" + view + "'::regclass)")) {
                    rows.next();
                    definition = rows.getString(1).replaceAll(";\\s*$", "");
                }
                // view names are our own constants
                statement.execute("create or replace view " + view + " as select v.*, sf.geom from (" + definition
                        + ") v join sampling_feature sf on sf.id = v.id");
            }
        }
    }
}
