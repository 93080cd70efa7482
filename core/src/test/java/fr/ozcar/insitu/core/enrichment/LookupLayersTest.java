package fr.ozcar.insitu.core.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.enrichment.StationEnrichment.Classified;
import fr.ozcar.insitu.core.model.SamplingFeature;
import fr.ozcar.insitu.core.model.SearchCriteria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lookup-layer path with small layers made here, shaped as operators' sources are: an IGN ADMIN
 * EXPRESS-like region and department layer (INSEE codes, upper-case names), a Köppen-like climate
 * layer mapped to the pivot format's values, and a geology layer.
 */
class LookupLayersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bernadouze, a Pyrenean site in Ariège (09), Occitanie (76). */
    private static final SamplingFeature BERNADOUZE = station(1.4180, 42.8028);
    /** Djougou, Benin: inside no layer. */
    private static final SamplingFeature DJOUGOU = station(1.6614, 9.6925);

    @TempDir
    Path layers;

    @BeforeEach
    void dropLayers() throws IOException {
        layer("regions", "region", "INSEE_REG", "NOM", "{}", box("76", "OCCITANIE", 0, 42, 4, 45));
        layer("departements", "department", "INSEE_DEP", "NOM", "{}", box("09", null, 1, 42.5, 2.2, 43.2));
        layer("koppen", "climate", "class", null, "{\"Dfb\": \"Mountain climate\", \"Csa\": \"Mediterranean climate\"}",
                box("Dfb", null, 1.2, 42.6, 1.6, 43), box("Csa", null, 3, 43, 5, 45));
        layer("geology", "geology", null, "lithology", "{}", box(null, "Metamorphic rocks", 1, 42.5, 2, 43));
    }

    @Test
    void aFrenchStationGetsItsRegionAndDepartmentWithInseeCodesAndOfficialNames() throws IOException {
        StationEnrichment enrichment = StationEnricher.withLayersIn(layers).enrich(BERNADOUZE, SearchCriteria.NONE);

        assertThat(enrichment.country().code()).isEqualTo("FR");
        assertThat(enrichment.region()).extracting(Unit::code, Unit::name, Unit::inseeCode, Unit::source)
                .containsExactly("76", "Occitanie", "76", "regions");
        assertThat(enrichment.department()).extracting(Unit::code, Unit::name, Unit::inseeCode, Unit::source)
                .containsExactly("09", "Ariège", "09", "departements");
    }

    @Test
    void climateAndGeologyComeFromTheLayersWhenTheDepositGivesNone() throws IOException {
        StationEnrichment enrichment = StationEnricher.withLayersIn(layers).enrich(BERNADOUZE, SearchCriteria.NONE);

        assertThat(enrichment.climates()).containsExactly(new Classified("Mountain climate", "koppen"));
        assertThat(enrichment.geologies()).containsExactly(new Classified("Metamorphic rocks", "geology"));
    }

    @Test
    void theDepositsDeclaredClimateWinsOverTheLayer() throws IOException {
        StationEnrichment enrichment = StationEnricher.withLayersIn(layers).enrich(BERNADOUZE,
                new SearchCriteria(List.of("Oceanic climate"), List.of()));

        assertThat(enrichment.climates()).containsExactly(new Classified("Oceanic climate", "deposit"));
        assertThat(enrichment.geologies()).containsExactly(new Classified("Metamorphic rocks", "geology"));
    }

    @Test
    void aStationOutsideEveryLayerGetsItsCountryOnly() throws IOException {
        StationEnrichment enrichment = StationEnricher.withLayersIn(layers).enrich(DJOUGOU, SearchCriteria.NONE);

        assertThat(enrichment.country().code()).isEqualTo("BJ");
        assertThat(enrichment.region()).isNull();
        assertThat(enrichment.department()).isNull();
        assertThat(enrichment.climates()).isEmpty();
        assertThat(enrichment.toJson().toString()).isEqualTo(
                "{\"country\":{\"code\":\"BJ\",\"name\":\"Benin\",\"source\":\"" + Countries.SOURCE + "\"}}");
    }

    @Test
    void everyDerivedValueCarriesItsSourceInTheStoredForm() throws IOException {
        JsonNode stored = StationEnricher.withLayersIn(layers).enrich(BERNADOUZE, SearchCriteria.NONE).toJson();

        assertThat(stored.at("/region/source").asText()).isEqualTo("regions");
        assertThat(stored.at("/department/inseeCode").asText()).isEqualTo("09");
        assertThat(stored.at("/climates/0/source").asText()).isEqualTo("koppen");
        assertThat(stored.at("/geologies/0/value").asText()).isEqualTo("Metamorphic rocks");
        assertThat(stored.at("/country/source").asText()).isEqualTo(Countries.SOURCE);
    }

    @Test
    void aLayerOfPointsIsRefusedAtStartUpNamingItsFile() throws IOException {
        Files.writeString(layers.resolve("stations.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                  "geometry": {"type": "Point", "coordinates": [1, 42]}}]}""");
        Files.writeString(layers.resolve("stations.layer.json"),
                "{\"name\": \"stations\", \"kind\": \"geology\", \"file\": \"stations.geojson\"}");

        assertThatThrownBy(() -> StationEnricher.withLayersIn(layers)).isInstanceOf(IOException.class)
                .hasMessageContaining("stations.geojson").hasMessageContaining("Point");
    }

    @Test
    void aMissingLayersFolderIsRefusedAtStartUp() {
        assertThatThrownBy(() -> StationEnricher.withLayersIn(layers.resolve("absent")))
                .isInstanceOf(IOException.class).hasMessageContaining("absent");
    }

    private void layer(String name, String kind, String codeProperty, String nameProperty, String classes,
                       String... features) throws IOException {
        Files.writeString(layers.resolve(name + ".geojson"),
                "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}");
        Files.writeString(layers.resolve(name + ".layer.json"), String.format(Locale.ROOT,
                "{\"name\": \"%s\", \"kind\": \"%s\", \"file\": \"%s.geojson\", %s %s \"classes\": %s}", name, kind, name,
                codeProperty == null ? "" : "\"codeProperty\": \"" + codeProperty + "\",",
                nameProperty == null ? "" : "\"nameProperty\": \"" + nameProperty + "\",", classes));
    }

    /** A rectangle feature; its code goes to every code property the layers above use. */
    private static String box(String code, String name, double west, double south, double east, double north) {
        String properties = String.format(Locale.ROOT,
                "{\"INSEE_REG\": %1$s, \"INSEE_DEP\": %1$s, \"class\": %1$s, \"NOM\": %2$s, \"lithology\": %2$s}",
                code == null ? "null" : "\"" + code + "\"", name == null ? "null" : "\"" + name + "\"");
        return String.format(Locale.ROOT, "{\"type\": \"Feature\", \"properties\": %s, \"geometry\": {\"type\": \"Polygon\","
                + " \"coordinates\": [[[%f, %f], [%f, %f], [%f, %f], [%f, %f], [%f, %f]]]}}", properties,
                west, south, east, south, east, north, west, north, west, south);
    }

    private static SamplingFeature station(double longitude, double latitude) {
        return new SamplingFeature("S", "Point", JSON.createObjectNode(), longitude, latitude, null,
                JSON.createObjectNode());
    }
}
