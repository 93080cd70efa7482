package fr.ozcar.insitu.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * TimescaleDB is used only when it can be created: installed as a package but not preloaded, the first
 * start died in migration V2. (No TimescaleDB server runs here: the decision is tested on its inputs.)
 */
class TimescaleDetectionTest {

    @Test
    void anExtensionInstalledOnTheServerButNotPreloadedIsNotUsed() {
        assertThat(DatabaseCapabilities.timescaleUsable(true, false, "")).isFalse();
        assertThat(DatabaseCapabilities.timescaleUsable(true, false, "pg_stat_statements")).isFalse();
    }

    @Test
    void aPreloadedExtensionIsUsedWhateverElseIsPreloaded() {
        assertThat(DatabaseCapabilities.timescaleUsable(true, false, "timescaledb")).isTrue();
        assertThat(DatabaseCapabilities.timescaleUsable(true, false, "pg_stat_statements, timescaledb")).isTrue();
        assertThat(DatabaseCapabilities.timescaleUsable(true, false, "\"timescaledb\",auto_explain")).isTrue();
    }

    @Test
    void anExtensionAlreadyCreatedIsUsedAndAnAbsentOneIsNot() {
        assertThat(DatabaseCapabilities.timescaleUsable(true, true, "")).isTrue();
        assertThat(DatabaseCapabilities.timescaleUsable(false, false, "timescaledb")).isFalse();
    }

    @Test
    void aServerWithoutTimescaleGetsTheYearlyPartitions() throws Exception {
        try (Connection connection = TestDatabase.create().connect()) {
            DatabaseCapabilities capabilities = DatabaseCapabilities.detect(connection);
            assertThat(capabilities.timescale()).isFalse();
            assertThat(MeasurementStorage.choose(capabilities)).isEqualTo(MeasurementStorage.YEARLY_PARTITIONS);
        }
    }
}
