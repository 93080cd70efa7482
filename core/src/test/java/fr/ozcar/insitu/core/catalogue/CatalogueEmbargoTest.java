package fr.ozcar.insitu.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.testing.EmbargoedDataset;
import fr.ozcar.insitu.core.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's search and records tell the first and last times of a series as the viewer may see its
 * rows (docs/security.md, "Embargo"): the rows of the last 30 days of {@code EMBA_DAT_Flux} are hidden
 * from an anonymous visitor, not from the producer's data manager.
 */
class CatalogueEmbargoTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Viewer DATA_MANAGER = new Viewer(Optional.of("dm"), Optional.of("dm@example.org"),
            Set.of(Role.DATA_MANAGER), Set.of(EmbargoedDataset.PRODUCER));

    private static CatalogueSearch search;
    private static CatalogueRecords records;

    @BeforeAll
    static void catalogue() {
        TestDatabase database = EmbargoedDataset.load(TestDatabase.create());
        search = new CatalogueSearch(database.dataSource(), new EmbargoAccess());
        records = new CatalogueRecords(database.dataSource(), new EmbargoAccess());
    }

    @Test
    void anAnonymousSearchEndsTheEmbargoedSeriesBeforeItsHiddenRows() throws Exception {
        assertThat(observationHit(Viewer.ANONYMOUS).lastTime()).isBefore(EmbargoedDataset.hiddenFrom());
        assertThat(datasetHit(Viewer.ANONYMOUS).lastTime()).isBefore(EmbargoedDataset.hiddenFrom());
    }

    @Test
    void theProducersDataManagerSearchesWithTheHiddenRows() throws Exception {
        assertThat(observationHit(DATA_MANAGER).lastTime()).isAfter(EmbargoedDataset.hiddenFrom());
        assertThat(datasetHit(DATA_MANAGER).lastTime()).isAfter(EmbargoedDataset.hiddenFrom());
    }

    @Test
    void anAnonymousSearchForTheWindowsYearsDoesNotFindTheHiddenRows() throws Exception {
        // its rows are the last five days', all inside the window: anonymously it has no year to match
        int thisYear = LocalDate.now(ZoneOffset.UTC).minusDays(1).getYear();
        assertThat(observations(thisYear, Viewer.ANONYMOUS)).doesNotContain("EMBA_OBS_LE_Ara");
        assertThat(observations(thisYear, DATA_MANAGER)).contains("EMBA_OBS_LE_Ara");
    }

    @Test
    void anonymousRecordsEndTheEmbargoedSeriesBeforeItsHiddenRows() throws Exception {
        JsonNode observation = record(records.observation(EmbargoedDataset.FLUX_OBSERVATION, Viewer.ANONYMOUS));
        JsonNode dataset = record(records.dataset("EMBA_DAT_Flux", Viewer.ANONYMOUS));

        assertThat(instant(observation, "/lastTime")).isBefore(EmbargoedDataset.hiddenFrom());
        assertThat(instant(dataset, "/lastTime")).isBefore(EmbargoedDataset.hiddenFrom());
        assertThat(instant(dataset, "/observations/0/lastTime")).isBefore(EmbargoedDataset.hiddenFrom());
        assertThat(dataset.at("/observations/1/lastTime").isMissingNode()).isTrue(); // all its rows are hidden
    }

    @Test
    void theProducersDataManagerReadsRecordsWithTheHiddenRows() throws Exception {
        JsonNode observation = record(records.observation(EmbargoedDataset.FLUX_OBSERVATION, DATA_MANAGER));
        JsonNode dataset = record(records.dataset("EMBA_DAT_Flux", DATA_MANAGER));

        assertThat(instant(observation, "/lastTime")).isAfter(EmbargoedDataset.hiddenFrom());
        assertThat(instant(dataset, "/lastTime")).isAfter(EmbargoedDataset.hiddenFrom());
        assertThat(instant(dataset, "/observations/1/lastTime")).isAfter(EmbargoedDataset.hiddenFrom());
    }

    private static ObservationHit observationHit(Viewer viewer) throws Exception {
        return search.search(new SearchQuery(null, Map.of(), null, null, null, SearchList.OBSERVATIONS, "id", 1, 100),
                        viewer).hits().items().stream().map(ObservationHit.class::cast)
                .filter(hit -> hit.observationId().equals(EmbargoedDataset.FLUX_OBSERVATION)).findFirst().orElseThrow();
    }

    private static DatasetHit datasetHit(Viewer viewer) throws Exception {
        return search.search(new SearchQuery(null, Map.of(), null, null, null, SearchList.DATASETS, "id", 1, 100),
                        viewer).hits().items().stream().map(DatasetHit.class::cast)
                .filter(hit -> hit.id().equals("EMBA_DAT_Flux")).findFirst().orElseThrow();
    }

    private static List<String> observations(int year, Viewer viewer) throws Exception {
        return search.search(new SearchQuery(null, Map.of(), year, year, null, SearchList.OBSERVATIONS, "id", 1, 100),
                viewer).hits().items().stream().map(hit -> ((ObservationHit) hit).observationId()).toList();
    }

    private static JsonNode record(Optional<String> json) throws Exception {
        return JSON.readTree(json.orElseThrow());
    }

    private static Instant instant(JsonNode record, String pointer) {
        return Instant.parse(record.at(pointer).asText());
    }
}
