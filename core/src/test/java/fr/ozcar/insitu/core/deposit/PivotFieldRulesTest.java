package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ozcar.insitu.core.catalogue.StationCatalogue;
import fr.ozcar.insitu.core.catalogue.StationSummary;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule of the field table in docs/import.md ("What the pivot format marks, and what we
 * do"): lenient where the format is (its own examples are never an error), strict where data would be
 * wrong.
 */
class PivotFieldRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AIR_TEMPERATURE = "/datasets/0/observations/0";

    @TempDir
    Path scratch;

    private TestDatabase database;

    @Test
    void countryCodesInLowerCaseAreAcceptedAndStoredUpperCase() throws Exception {
        ImportReport report = importEdited(root -> {
            set(root, "/producer/contacts/0/organisation/iso3166", "fr");
            set(root, "/producer/fundings/0/iso3166", "Fr");
            set(root, "/datasets/0/metadata/contacts/1/iso3166", "fr");
        });

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(ownProblems(report)).isEmpty();
        assertThat(column("select distinct iso3166 from organisation")).containsExactly("FR");
        assertThat(column("select distinct iso3166 from funding")).containsExactly("FR");
    }

    @Test
    void aCountryCodeThatNamesNoCountryIsAnError() throws Exception {
        ImportReport report = importEdited(root -> {
            set(root, "/producer/fundings/0/iso3166", "FRA");
            set(root, "/producer/fundings/1/iso3166", "xx");
        });

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors()).extracting(Problem::code, Problem::jsonPath).containsExactly(
                tuple("json-bad-country-code", "$.producer.fundings[0].iso3166"),
                tuple("json-bad-country-code", "$.producer.fundings[1].iso3166"));
    }

    @Test
    void aMissingProcessingLevelIsAWarningAndTheSeriesIsPublishedWithItNotGiven() throws Exception {
        ImportReport report = importEdited(root -> ((ObjectNode) root.at(AIR_TEMPERATURE)).remove("processingLevel"));

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(ownProblems(report)).extracting(Problem::severity, Problem::code, Problem::jsonPath).containsExactly(
                tuple(Problem.Severity.WARNING, "json-recommended-field-missing",
                        "$.datasets[0].observations[0].processingLevel"));
        assertThat(column("select coalesce(processing_level, 'null') from series order by observation_id"))
                .containsExactly("null", "Raw data", "Raw data", "Raw data");
        assertThat(column("select properties::text from sta_datastream where properties ->> 'observationId'"
                + " = 'CATC_OBS_AirTemp_Upper'")).singleElement().asString().doesNotContain("processingLevel");
        assertThat(stations()).flatExtracting(StationSummary::series)
                .filteredOn(series -> series.observationId().equals("CATC_OBS_AirTemp_Upper"))
                .extracting(StationSummary.Series::processingLevel).containsExactly((String) null);
    }

    @Test
    void aProcessingLevelOutsideTheFormatsListIsStillAnError() throws Exception {
        ImportReport report = importEdited(root -> set(root, AIR_TEMPERATURE + "/processingLevel", "Level 2"));

        assertThat(report.errors()).extracting(Problem::code, Problem::jsonPath)
                .containsExactly(tuple("json-unknown-value", "$.datasets[0].observations[0].processingLevel"));
    }

    @Test
    void theDeprecatedPortalSearchCriteriaAreAcceptedAndGiveTheStationsClimateAndGeology() throws Exception {
        ImportReport report = importEdited(root -> { });

        assertThat(ownProblems(report)).isEmpty();
        JsonNode upper = enrichmentOf("Upper station");
        assertThat(upper.at("/climates").toString())
                .isEqualTo("[{\"value\":\"Oceanic climate\",\"source\":\"deposit\"}]");
        assertThat(upper.at("/geologies").toString())
                .isEqualTo("[{\"value\":\"Plutonic rocks\",\"source\":\"deposit\"}]");
        assertThat(enrichmentOf("Bridge").has("climates")).isFalse(); // its dataset declares none
    }

    @Test
    void portalSearchCriteriaAreOptional() throws Exception {
        ImportReport report = importEdited(root -> ((ObjectNode) root.at("/datasets/0/metadata"))
                .remove("portalSearchCriteria"));

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(ownProblems(report)).isEmpty();
        assertThat(enrichmentOf("Upper station").has("climates")).isFalse();
    }

    @Test
    void theDeprecatedGcmdKeywordsAndTheirReplacementKeywordsAreAcceptedAndKept() throws Exception {
        ImportReport report = importEdited(root -> {
            ObjectNode property = (ObjectNode) root.at(AIR_TEMPERATURE + "/observedProperty");
            property.putArray("gcmdKeywords").add("EARTH SCIENCE > ATMOSPHERE > ATMOSPHERIC TEMPERATURE");
            property.putArray("keywords").add("air temperature");
        });

        assertThat(ownProblems(report)).isEmpty();
        assertThat(column("select document #>> '{observedProperty,gcmdKeywords,0}' from series"
                + " where observation_id = 'CATC_OBS_AirTemp_Upper'"))
                .containsExactly("EARTH SCIENCE > ATMOSPHERE > ATMOSPHERIC TEMPERATURE");
    }

    @Test
    void aPhysicalSensorWithoutModelOrManufacturerIsAWarning() throws Exception {
        ImportReport report = importEdited(root -> {
            ObjectNode sensor = (ObjectNode) root.at(AIR_TEMPERATURE + "/procedure/dataProduction/sensors/0");
            sensor.remove("model");
            sensor.remove("manufacturer");
        });

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        String sensor = "$.datasets[0].observations[0].procedure.dataProduction.sensors[0].";
        assertThat(ownProblems(report)).extracting(Problem::severity, Problem::code, Problem::jsonPath).containsExactly(
                tuple(Problem.Severity.WARNING, "json-recommended-field-missing", sensor + "model"),
                tuple(Problem.Severity.WARNING, "json-recommended-field-missing", sensor + "manufacturer"));
    }

    @Test
    void aVirtualSensorNeedsNoModelNorManufacturer() throws Exception {
        ImportReport report = importEdited(root -> ((ObjectNode) root.at(AIR_TEMPERATURE + "/procedure/dataProduction"))
                .putArray("sensors").addObject().put("name", "Penman-Monteith model"));

        assertThat(ownProblems(report)).isEmpty();
    }

    @Test
    void anUnknownFieldIsKeptInTheStoredDocumentAndListedAsAWarning() throws Exception {
        ImportReport report = importEdited(root -> ((ObjectNode) root.at(AIR_TEMPERATURE)).put("stationCode", "UPR-01"));

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(ownProblems(report)).extracting(Problem::severity, Problem::code, Problem::jsonPath).containsExactly(
                tuple(Problem.Severity.WARNING, "json-unknown-field", "$.datasets[0].observations[0].stationCode"));
        assertThat(column("select document ->> 'stationCode' from series where observation_id = 'CATC_OBS_AirTemp_Upper'"))
                .containsExactly("UPR-01");
    }

    @Test
    void everyStationGetsItsCountryWithItsSource() throws Exception {
        importEdited(root -> { });

        for (String station : List.of("Upper station", "Main stream transect", "Bridge")) {
            assertThat(enrichmentOf(station).at("/country/code").asText()).as(station).isEqualTo("FR");
            assertThat(enrichmentOf(station).at("/country/source").asText()).as(station).contains("world-atlas");
        }
        assertThat(column("select properties #>> '{country,code}' from sta_thing")).containsOnly("FR").hasSize(3);
    }

    private ImportReport importEdited(Consumer<ObjectNode> edit) throws Exception {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path metadata = folder.resolve("CATC_en.json");
        ObjectNode root = (ObjectNode) JSON.readTree(metadata.toFile());
        edit.accept(root);
        JSON.writeValue(metadata.toFile(), root);
        database = TestDatabase.create();
        return new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);
    }

    /** Without the thesaurus every variable is unresolved: those warnings are not the rule under test. */
    private static List<Problem> ownProblems(ImportReport report) {
        return report.problems().stream().filter(problem -> !problem.code().equals("variable-unresolved")).toList();
    }

    private List<StationSummary> stations() throws Exception {
        return new StationCatalogue(database.dataSource()).ofProducer("CATC").orElseThrow();
    }

    private JsonNode enrichmentOf(String station) throws Exception {
        return stations().stream().filter(s -> s.name().equals(station)).findFirst().orElseThrow().enrichment();
    }

    private List<String> column(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void set(JsonNode root, String pointer, String value) {
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) root.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), value);
    }
}
