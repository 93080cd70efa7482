package fr.ozcar.insitu.core.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stations imported before enrichment existed get it at the next start, declared climates included. */
class UnenrichedStationsTest {

    @TempDir
    Path scratch;

    @Test
    void stationsWithoutEnrichmentGetTheirCountryAndDeclaredClimateAndOthersAreLeftAlone() throws Exception {
        TestDatabase database = TestDatabase.create();
        new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new FolderDepositSource(DepositFixture.copyOfCatc(scratch)), ImportProgress.NONE);
        String enrichedAtImport;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            enrichedAtImport = text(statement, "select enrichment::text from sampling_feature where name = 'Upper station'");
            statement.executeUpdate("update sampling_feature set enrichment = '{}' where name <> 'Bridge'");
            statement.executeUpdate("update sampling_feature set enrichment = '{\"kept\": true}' where name = 'Bridge'");
        }

        int enriched = new UnenrichedStations(database.dataSource(), StationEnricher.countriesOnly()).enrich();

        assertThat(enriched).isEqualTo(2);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertThat(text(statement, "select enrichment::text from sampling_feature where name = 'Upper station'"))
                    .isEqualTo(enrichedAtImport).contains("\"FR\"").contains("Oceanic climate");
            assertThat(text(statement, "select enrichment #>> '{country,code}' from sampling_feature"
                    + " where name = 'Main stream transect'")).isEqualTo("FR");
            assertThat(text(statement, "select enrichment::text from sampling_feature where name = 'Bridge'"))
                    .isEqualTo("{\"kept\": true}");
        }
    }

    private static String text(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
