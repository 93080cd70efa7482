package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ozcar.insitu.core.deposit.qualify.PlausibleRanges;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.enrichment.StationEnricher;
import fr.ozcar.insitu.core.history.DepositHistory;
import fr.ozcar.insitu.core.history.DepositVersion;
import fr.ozcar.insitu.core.history.RestoredVersion;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History and undo of deposits: a bad deposit that replaced a producer's data is undone by restoring
 * the previous version, with the same ids (datasets, stations = Things, series = Datastreams) and the
 * same values.
 */
class DepositRestoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a restore brings back; revisions and publication times move on, contacts have no identity. */
    private static final Map<String, String> CONTENT = new LinkedHashMap<>();

    static {
        CONTENT.put("producer", "select to_jsonb(t) - 'revision' - 'imported_at' from producer t");
        CONTENT.put("contact", "select to_jsonb(t) - 'id' from contact t");
        CONTENT.put("funding", "select to_jsonb(t) from funding t");
        CONTENT.put("dataset", "select to_jsonb(t) from dataset t");
        CONTENT.put("keyword", "select to_jsonb(t) from keyword t");
        CONTENT.put("sampling_feature", "select to_jsonb(t) from sampling_feature t");
        CONTENT.put("series", "select to_jsonb(t) from series t");
        CONTENT.put("measurement", "select to_jsonb(t) from measurement t");
    }

    @TempDir
    Path scratch;

    private TestDatabase database;
    private DepositImporter importer;
    private DepositHistory history;

    @BeforeEach
    void importTheGoodVersion() {
        database = TestDatabase.create();
        history = new DepositHistory(Duration.ofDays(30));
        importer = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT, StationEnricher.countriesOnly(),
                PlausibleRanges.shipped(), history);
        assertThat(importFolder(DepositFixture.copyOfCatc(scratch)).outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    }

    @Test
    void aBadDepositIsReplacedByThePreviousVersionWithTheSameIdsAndValues() throws Exception {
        Map<String, String> good = content();
        long rows = count("measurement");
        assertThat(importFolder(badDeposit()).outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(count("series")).isEqualTo(1);
        assertThat(count("measurement")).isLessThan(rows);

        List<DepositVersion> versions = history.versions(database.dataSource(), "CATC");
        assertThat(versions).singleElement().satisfies(version -> {
            assertThat(version.revision()).isEqualTo(1);
            assertThat(version.series()).isEqualTo(4);
        });
        RestoredVersion restored = history.restore(database.dataSource(), "CATC", versions.get(0).id()).orElseThrow();

        assertThat(restored.revision()).isEqualTo(3);
        assertThat(restored.series()).isEqualTo(4);
        assertThat(content()).isEqualTo(good);
    }

    @Test
    void onPostgisTheStationsComputedGeometryIsComputedAgain() throws Exception {
        database = TestDatabase.createOnPostgis();
        importer = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT, StationEnricher.countriesOnly(),
                PlausibleRanges.shipped(), history);
        importFolder(DepositFixture.copyOfCatc(scratch));
        Map<String, String> good = content();
        importFolder(badDeposit());

        history.restore(database.dataSource(), "CATC", history.versions(database.dataSource(), "CATC").get(0).id()).orElseThrow();

        assertThat(content()).isEqualTo(good);
        assertThat(count("sampling_feature where geom is null")).isZero();
    }

    @Test
    void aRestoreCanItselfBeUndone() throws Exception {
        importFolder(badDeposit());
        Map<String, String> bad = content();
        RestoredVersion restored = history.restore(database.dataSource(), "CATC",
                history.versions(database.dataSource(), "CATC").get(0).id()).orElseThrow();

        history.restore(database.dataSource(), "CATC", restored.archivedVersion()).orElseThrow();

        assertThat(content()).isEqualTo(bad);
    }

    @Test
    void anUnknownOrAnotherProducersVersionRestoresNothing() throws Exception {
        importFolder(badDeposit());
        long version = history.versions(database.dataSource(), "CATC").get(0).id();
        Map<String, String> before = content();

        assertThat(history.restore(database.dataSource(), "AGRH", version)).isEmpty();
        assertThat(history.restore(database.dataSource(), "CATC", version + 100)).isEmpty();
        assertThat(content()).isEqualTo(before);
    }

    @Test
    void versionsExpireAfterTheRetentionTime() throws Exception {
        DepositHistory brief = new DepositHistory(Duration.ZERO);
        DepositImporter forgetful = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT,
                StationEnricher.countriesOnly(), PlausibleRanges.shipped(), brief);
        forgetful.importDeposit("CATC", new FolderDepositSource(badDeposit()), ImportProgress.NONE);

        assertThat(brief.versions(database.dataSource(), "CATC")).isEmpty();
        forgetful.importDeposit("CATC", new FolderDepositSource(DepositFixture.copyOfCatc(scratch.resolve("again"))),
                ImportProgress.NONE);
        // the expired versions and the rows only they kept are gone
        assertThat(count("deposit_version")).isEqualTo(1);
        assertThat(count("series_rows_archive")).isEqualTo(count("measurement m join series s on s.id = m.series_id"
                + " where s.observation_id = 'CATC_OBS_FieldNotes_Bridge'"));
    }

    /** One series of a few rows left: the kind of deposit that emptied a producer in the issue. */
    private Path badDeposit() throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch.resolve("bad-" + System.nanoTime()));
        Path metadata = folder.resolve("CATC_en.json");
        ObjectNode root = (ObjectNode) JSON.readTree(metadata.toFile());
        ArrayNode datasets = (ArrayNode) root.get("datasets");
        datasets.remove(0);
        ((ArrayNode) datasets.at("/0/observations")).remove(0);
        Files.writeString(metadata, JSON.writeValueAsString(root));
        for (Path file : List.of(folder.resolve("CATC_DAT_Meteo/CATC_OBS_AirTemp_Upper.txt"),
                folder.resolve("CATC_DAT_Meteo/CATC_OBS_Rain_Upper.txt"),
                folder.resolve("CATC_DAT_River/CATC_OBS_Conductivity_Boat.txt"))) {
            Files.delete(file);
        }
        Files.delete(folder.resolve("CATC_DAT_Meteo"));
        return folder;
    }

    private ImportReport importFolder(Path folder) {
        return importer.importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);
    }

    private Map<String, String> content() throws SQLException {
        Map<String, String> content = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : CONTENT.entrySet()) {
                // the test's own SQL
                try (ResultSet rows = statement.executeQuery("select count(*), md5(coalesce(string_agg(r::text, ','"
                        + " order by r::text), '')) from (" + table.getValue() + ") r(r)")) {
                    rows.next();
                    content.put(table.getKey(), rows.getLong(1) + " rows, md5 " + rows.getString(2));
                }
            }
        }
        return content;
    }

    private long count(String table) throws SQLException {
        return database.count(table);
    }
}
