package fr.ozcar.insitu.core.deposit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Row count and content checksum of every table of the schema: two equal snapshots mean the database
 * content did not change (rows are compared as their text form, ordered, so physical order is ignored).
 */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    static Map<String, String> of(DataSource dataSource) throws SQLException {
        Map<String, String> snapshot = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            // partitions are included in their parent's rows; flyway's history is not ours
            try (ResultSet rows = statement.executeQuery("select c.relname from pg_class c"
                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'"
                    + " and c.relkind in ('r', 'p') and not c.relispartition"
                    + " and c.relname <> 'flyway_schema_history' order by 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                // table names come from the catalogue, not from user input
                try (ResultSet rows = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, ','"
                        + " order by t::text), '')) from " + table + " t")) {
                    rows.next();
                    snapshot.put(table, rows.getLong(1) + " rows, md5 " + rows.getString(2));
                }
            }
        }
        return snapshot;
    }
}
