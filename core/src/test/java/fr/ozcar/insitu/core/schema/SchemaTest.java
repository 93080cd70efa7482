package fr.ozcar.insitu.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void migrationsCreateTheYearlyPartitionedMeasurementTableWithoutTimescale() throws Exception {
        TestDatabase database = TestDatabase.create();
        try (Connection connection = database.connect()) {
            MeasurementPartitions.ensureYears(connection, 2019, 2020);
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "select count(*) from pg_inherits i join pg_class p on p.oid = i.inhparent"
                                 + " where p.relname = 'measurement'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(3); // default + 2019 + 2020
            }
        }
    }

    @Test
    void timescalePathCreatesACompressedHypertableSegmentedBySeries() {
        var ddl = MeasurementStorage.choose(new DatabaseCapabilities(false, true, "15")).ddl();
        assertThat(ddl.get(0)).isEqualTo("create extension if not exists timescaledb");
        assertThat(ddl.get(1)).contains("primary key (series_id, time)").doesNotContain("partition by");
        assertThat(ddl.get(2)).contains("create_hypertable('measurement'");
        assertThat(String.join("\n", ddl)).contains("compress_segmentby = 'series_id'")
                .contains("add_compression_policy");
    }

    @Test
    void postgisPathAddsAGeometryColumnDerivedFromTheGeoJson() throws Exception {
        TestDatabase database = TestDatabase.createOnPostgis();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into producer (id, name, title, description, document, deposit_sha256)"
                    + " values ('TEST', 'n', 't', 'd', '{}', 'x')");
            statement.execute("insert into sampling_feature (producer_id, name, geometry, geometry_type)"
                    + " values ('TEST', 'S1', '{\"type\":\"Point\",\"coordinates\":[1.718,9.7912,414]}', 'Point')");
            try (ResultSet rows = statement.executeQuery("select ST_AsText(geom) from sampling_feature")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("POINT(1.718 9.7912)");
            }
            assertThat(DatabaseCapabilities.installed(connection).postgis()).isTrue();
        }
    }
}
