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
}
