package fr.ozcar.insitu.core.catalogue;

import static fr.ozcar.insitu.core.catalogue.SearchCatalogue.AIR_TEMPERATURE;
import static fr.ozcar.insitu.core.catalogue.SearchCatalogue.ATMOSPHERE;
import static fr.ozcar.insitu.core.catalogue.SearchCatalogue.PRECIPITATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.Viewer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogueSearchTest {

    private static CatalogueSearch search;

    @BeforeAll
    static void catalogue() {
        search = new CatalogueSearch(SearchCatalogue.load().dataSource(), new EmbargoAccess());
    }

    private static SearchResult find(String text, Map<SearchFacet, List<String>> selected) throws Exception {
        return search.search(new SearchQuery(text, selected, null, null, null, SearchList.OBSERVATIONS, "id", 1, 100), Viewer.ANONYMOUS);
    }

    private static List<String> observations(SearchResult result) {
        return result.hits().items().stream().map(hit -> ((ObservationHit) hit).observationId()).toList();
    }

    private static Map<SearchFacet, List<String>> facets(Object... facetAndValues) {
        Map<SearchFacet, List<String>> selected = new EnumMap<>(SearchFacet.class);
        for (int i = 0; i < facetAndValues.length; i += 2) {
            selected.put((SearchFacet) facetAndValues[i], (List<String>) facetAndValues[i + 1]);
        }
        return selected;
    }

    @Test
    void withoutCriteriaEverythingMatchesAndFacetsCountAllObservations() throws Exception {
        SearchResult result = find("", Map.of());

        assertThat(result.observations()).isEqualTo(8);
        assertThat(result.datasets()).isEqualTo(4);
        assertThat(result.producers()).isEqualTo(3);
        assertThat(result.facets().get("producer")).extracting(FacetCount::value, FacetCount::label, FacetCount::count)
                .containsExactly(tuple("CATC", "AMMA-CATCH", 4L), tuple("AGRH", "AgrHyS", 2L), tuple("OHGE", "OHGE", 2L));
        assertThat(result.facets().get("funder")).extracting(FacetCount::value, FacetCount::count)
                .containsExactly(tuple("CNRS", 6L), tuple("IRD", 4L), tuple("INRAE", 2L));
    }

    @Test
    void valuesWithinAFacetCombineWithOrAndFacetsWithAnd() throws Exception {
        SearchResult result = find("", facets(SearchFacet.PRODUCER, List.of("AGRH", "OHGE"),
                SearchFacet.LEVEL, List.of("Raw data")));

        assertThat(observations(result)).containsExactly("AGRH_OBS_P_Gue", "AGRH_OBS_TW_Ker", "OHGE_OBS_SH_Str");
    }

    @Test
    void aFacetsCountsIgnoreItsOwnChoicesButFollowTheOthers() throws Exception {
        SearchResult result = find("", facets(SearchFacet.PRODUCER, List.of("CATC"), SearchFacet.LEVEL, List.of("Raw data")));

        // producer counts follow the level choice only: raw data of every producer
        assertThat(result.facets().get("producer")).extracting(FacetCount::value, FacetCount::count)
                .containsExactly(tuple("AGRH", 2L), tuple("CATC", 2L), tuple("OHGE", 1L));
        // level counts follow the producer choice only
        assertThat(result.facets().get("level")).extracting(FacetCount::value, FacetCount::count)
                .containsExactly(tuple("Quality-controlled data", 2L), tuple("Raw data", 2L));
    }

    @Test
    void aThesaurusCategoryMatchesEveryVariableUnderIt() throws Exception {
        SearchResult result = find("", facets(SearchFacet.VARIABLE, List.of(ATMOSPHERE)));

        assertThat(result.observations()).isEqualTo(6);
        assertThat(result.facets().get("variable")).extracting(FacetCount::value, FacetCount::label, FacetCount::count)
                .contains(tuple(ATMOSPHERE, "Atmosphere", 6L), tuple(AIR_TEMPERATURE, "Air temperature", 3L),
                        tuple(PRECIPITATION, "Precipitation", 3L));
    }

    @Test
    void fullTextFindsFrenchThesaurusLabelsKeywordsAndStationNamesWhateverTheCase() throws Exception {
        assertThat(observations(find("TEMPÉRATURE de l'air", Map.of())))
                .containsExactly("CATC_OBS_TA_Ara", "CATC_OBS_TA_Nal", "OHGE_OBS_TA_Str");
        assertThat(observations(find("sahel", Map.of()))).containsExactly("CATC_OBS_TA_Ara", "CATC_OBS_TA_Nal");
        assertThat(observations(find("guériniec", Map.of()))).containsExactly("AGRH_OBS_P_Gue");
    }

    @Test
    void fullTextTakesWildcardsAndQuotesLiterally() throws Exception {
        assertThat(find("%", Map.of()).observations()).isZero();
        assertThat(find("' or 1=1 --", Map.of()).observations()).isZero();
    }

    @Test
    void climateGeologyAndCountryComeFromTheStationsTheirEnrichmentAndTheDeclaredCriteria() throws Exception {
        assertThat(observations(find("", facets(SearchFacet.CLIMATE, List.of("Oceanic climate")))))
                .containsExactly("AGRH_OBS_P_Gue", "AGRH_OBS_TW_Ker");
        assertThat(observations(find("", facets(SearchFacet.GEOLOGY, List.of("Plutonic rocks")))))
                .containsExactly("AGRH_OBS_P_Gue", "AGRH_OBS_TW_Ker", "OHGE_OBS_SH_Str", "OHGE_OBS_TA_Str");
        assertThat(observations(find("", facets(SearchFacet.GEOLOGY, List.of("Sedimentary rocks")))))
                .containsExactly("AGRH_OBS_P_Gue");
        assertThat(find("", Map.of()).facets().get("country")).extracting(FacetCount::value, FacetCount::count)
                .containsExactly(tuple("BJ", 4L), tuple("FR", 4L));
    }

    @Test
    void yearsKeepTheSeriesMeasuredDuringThem() throws Exception {
        SearchResult result = search.search(new SearchQuery("", Map.of(), 2002, 2003, null,
                SearchList.OBSERVATIONS, "id", 1, 100), Viewer.ANONYMOUS);

        assertThat(observations(result)).containsExactly("CATC_OBS_P_Ara", "CATC_OBS_P_Nal");
    }

    @Test
    void anAreaKeepsTheStationsInsideItAndTheMapShowsThem() throws Exception {
        SearchResult result = search.search(new SearchQuery("", Map.of(), null, null, new BoundingBox(-5, 45, 10, 50),
                SearchList.OBSERVATIONS, "id", 1, 100), Viewer.ANONYMOUS);

        assertThat(result.stations()).extracting(StationMarker::name, StationMarker::observations)
                .containsExactly(tuple("Kervidy", 1L), tuple("Strengbach plot", 2L), tuple("Guériniec", 1L));
    }

    @Test
    void listsOfDatasetsAndProducersArePagedAndSorted() throws Exception {
        SearchResult datasets = search.search(new SearchQuery("", Map.of(), null, null, null,
                SearchList.DATASETS, "-observations", 1, 2), Viewer.ANONYMOUS);
        SearchResult producers = search.search(new SearchQuery("", Map.of(), null, null, null,
                SearchList.PRODUCERS, "start", 2, 1), Viewer.ANONYMOUS);

        assertThat(datasets.hits().total()).isEqualTo(4);
        assertThat(datasets.hits().items()).extracting(hit -> ((DatasetHit) hit).id())
                .containsExactly("AGRH_DAT_HYD", "CATC_DAT_MET");
        assertThat(producers.hits().total()).isEqualTo(3);
        assertThat(producers.hits().items()).extracting(hit -> ((ProducerHit) hit).id()).containsExactly("AGRH");
    }
}
