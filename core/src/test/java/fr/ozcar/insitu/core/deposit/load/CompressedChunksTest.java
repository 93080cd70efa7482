package fr.ozcar.insitu.core.deposit.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the loader sends so that a producer can replace a deposit whose rows are in compressed
 * TimescaleDB chunks. No TimescaleDB server runs here: the statements and the session setting are
 * checked on PostgreSQL, which keeps an unknown {@code timescaledb.*} setting as a placeholder.
 */
class CompressedChunksTest {

    private static final String LIMIT = "timescaledb.max_tuples_decompressed_per_dml_transaction";

    @TempDir
    Path scratch;

    @Test
    void seriesAreDeletedByTheirSegmentColumnAloneWithABoundArraySoWholeCompressedBatchesGo() {
        assertThat(CompressedChunks.DELETE_SERIES)
                .isEqualTo("delete from measurement where series_id = any (?)");
    }

    @Test
    void deletingSeriesRemovesTheirRowsAndNoOthers() throws Exception {
        TestDatabase database = TestDatabase.create();
        assertThat(DepositFixture.importInto(database, DepositFixture.copyOfCatc(scratch)).outcome())
                .isEqualTo(ImportReport.Outcome.IMPORTED);
        long all = database.count("measurement");
        long rain = database.count("measurement m join series s on s.id = m.series_id"
                + " where s.observation_id = 'CATC_OBS_Rain_Upper'");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet ids = statement.executeQuery("select id from series where observation_id = 'CATC_OBS_Rain_Upper'")) {
            ids.next();
            CompressedChunks.deleteSeries(connection, new Integer[] {ids.getInt(1)});
        }
        assertThat(rain).isPositive();
        assertThat(database.count("measurement")).isEqualTo(all - rain);
    }

    @Test
    void theDecompressionLimitIsLiftedForTheImportsTransactionOnly() throws Exception {
        try (Connection connection = TestDatabase.create().connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(CompressedChunks.LIFT_DECOMPRESSION_LIMIT);
            assertThat(setting(statement)).isEqualTo("0");
            connection.commit();
            assertThat(setting(statement)).as("SET LOCAL ends with the transaction").isNotEqualTo("0");
        }
    }

    @Test
    void withoutTimescaleTheImportsTransactionIsLeftAsItIs() throws Exception {
        try (Connection connection = TestDatabase.create().connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            CompressedChunks.prepareTransaction(connection);
            assertThat(setting(statement)).isNull();
            connection.rollback();
        }
    }

    private static String setting(Statement statement) throws Exception {
        try (ResultSet rows = statement.executeQuery("select current_setting('" + LIMIT + "', true)")) {
            rows.next();
            String value = rows.getString(1);
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
