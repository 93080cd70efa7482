package fr.ozcar.insitu.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.Viewer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogueRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static CatalogueRecords records;

    @BeforeAll
    static void catalogue() {
        records = new CatalogueRecords(SearchCatalogue.load().dataSource(), new EmbargoAccess());
    }

    @Test
    void anObservationCarriesItsVariableWithThesaurusPathStationDatasetAndSiblings() throws Exception {
        JsonNode observation = JSON.readTree(records.observation("CATC_OBS_TA_Ara", Viewer.ANONYMOUS).orElseThrow());

        assertThat(observation.at("/variable/labelFr").asText()).isEqualTo("Température de l'air");
        assertThat(observation.at("/variable/categoryLabels/0").asText()).isEqualTo("Atmosphere");
        assertThat(observation.at("/station/name").asText()).isEqualTo("Ara");
        assertThat(observation.get("climates").get(0).asText()).isEqualTo("Tropical climate");
        assertThat(observation.get("firstTime").asText()).isEqualTo("2005-01-01T00:00:00Z");
        assertThat(observation.get("sameStation").findValuesAsText("observationId")).containsExactly("CATC_OBS_P_Ara");
        assertThat(observation.get("sameDataset").findValuesAsText("observationId")).containsExactly("CATC_OBS_TA_Nal");
        assertThat(observation.at("/producer/name").asText()).isEqualTo("AMMA-CATCH");
    }

    @Test
    void aDatasetListsItsObservationsKeywordsAndKeepsMarkupAsData() throws Exception {
        JsonNode dataset = JSON.readTree(records.dataset("OHGE_DAT_SOIL", Viewer.ANONYMOUS).orElseThrow());

        assertThat(dataset.get("description").asText()).isEqualTo("Soil <script>alert(1)</script> moisture");
        assertThat(dataset.get("observations").findValuesAsText("observationId"))
                .containsExactly("OHGE_OBS_SH_Str", "OHGE_OBS_TA_Str");
        assertThat(dataset.get("lastTime").asText()).isEqualTo("2022-12-31T00:00:00Z");
    }

    @Test
    void aProducerListsItsFundingsAndDatasets() throws Exception {
        JsonNode producer = JSON.readTree(records.producer("CATC", Viewer.ANONYMOUS).orElseThrow());

        assertThat(producer.get("fundings").findValuesAsText("acronym")).containsExactly("IRD", "CNRS");
        assertThat(producer.get("datasets").findValuesAsText("id")).containsExactly("CATC_DAT_MET", "CATC_DAT_RAIN");
    }

    @Test
    void unknownIdsHaveNoRecord() throws Exception {
        assertThat(records.producer("NONE", Viewer.ANONYMOUS)).isEmpty();
        assertThat(records.dataset("NONE_DAT_X", Viewer.ANONYMOUS)).isEmpty();
        assertThat(records.observation("NONE_OBS_X", Viewer.ANONYMOUS)).isEmpty();
    }
}
