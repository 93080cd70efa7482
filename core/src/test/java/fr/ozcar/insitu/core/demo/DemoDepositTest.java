package fr.ozcar.insitu.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four demo deposits, read back as an importer would, follow the pivot format. */
class DemoDepositTest {

    private static final List<String> PRODUCERS = List.of("AMMA", "AGRH", "OHGE", "OSRC");

    @TempDir
    static Path directory;
    private static final Map<String, JsonNode> metadata = new HashMap<>();
    private static final Map<String, Map<String, List<String>>> dataFiles = new HashMap<>();
    private static final List<DataFileCheck.Report> reports = new ArrayList<>();

    @BeforeAll
    static void generateAndReadTheDemo() throws IOException {
        List<Path> zips = new DemoGenerator().writeDemoDeposits(directory);
        for (Path zip : zips) {
            String producerId = zip.getFileName().toString().replace(".zip", "");
            DepositReader reader = new DepositReader(zip);
            JsonNode json = reader.metadata(producerId);
            metadata.put(producerId, json);
            dataFiles.put(producerId, reader.dataFileNames());
            Map<String, JsonNode> observations = new HashMap<>();
            Map<String, String> titles = new HashMap<>();
            for (JsonNode dataset : json.path("datasets")) {
                for (JsonNode observation : dataset.path("observations")) {
                    String name = observation.path("result").path("dataFile").path("name").asText();
                    observations.put(name, observation);
                    titles.put(name, dataset.path("metadata").path("title").asText());
                }
            }
            reader.forEachDataFile((datasetZip, fileName, lines) ->
                    reports.add(DataFileCheck.check(fileName, observations.get(fileName), titles.get(fileName), lines)));
        }
    }

    @Test
    void each_producer_deposit_holds_its_metadata_file_then_its_dataset_zips() throws IOException {
        for (String producerId : PRODUCERS) {
            List<String> entries = new DepositReader(directory.resolve(producerId + ".zip")).entryNames();
            assertThat(entries.get(0)).isEqualTo(producerId + "_en.json");
            assertThat(entries.subList(1, entries.size()))
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allMatch(name -> name.matches(producerId + "_DAT_.+\\.zip"))
                    .isSorted();
        }
    }

    @Test
    void metadata_has_every_required_field_of_the_format() {
        for (String producerId : PRODUCERS) {
            JsonNode json = metadata.get(producerId);
            assertThat(json.path("version").asText()).isEqualTo("1.2");
            JsonNode producer = json.path("producer");
            assertThat(producer.path("producerId").asText()).isEqualTo(producerId);
            for (String field : List.of("name", "title", "description")) {
                assertThat(producer.path(field).asText()).as(producerId + " producer." + field).isNotBlank();
            }
            assertThat(producer.path("contacts")).extracting(contact -> contact.path("role").asText())
                    .contains("Project leader", "Data manager");
            for (JsonNode funding : producer.path("fundings")) {
                assertThat(funding.path("type").asText()).isIn("French research institutes", "French universities and schools",
                        "Other research institutes", "Other universities and schools", "Research unit",
                        "Federative structure", "Research program", "Other");
                assertThat(funding.has("acronym") || funding.has("name") || funding.has("idScanR")).isTrue();
            }
            assertThat(json.path("datasets").size()).isGreaterThanOrEqualTo(2);
            for (JsonNode dataset : json.path("datasets")) {
                assertThat(dataset.path("datasetId").asText()).matches("^[A-Z]{4}_DAT_.+$").startsWith(producerId);
                JsonNode meta = dataset.path("metadata");
                for (String field : List.of("title", "description", "datasetLineage", "inspireTheme")) {
                    assertThat(meta.path(field).asText()).as(field).isNotBlank();
                }
                assertThat(meta.path("contacts")).extracting(contact -> contact.path("role").asText())
                        .allMatch(role -> List.of("Principal investigator", "Project member", "Data manager", "Data collector").contains(role));
                assertThat(meta.path("topicCategories").size()).isPositive();
                assertThat(meta.path("keywords").size()).isPositive();
                assertThat(meta.path("dataConstraint").path("accessUseConstraint").asText()).isNotBlank();
                assertThat(meta.path("dataConstraint").path("licence").path("url").asText()).startsWith("https://");
                assertThat(meta.path("spatialExtent").path("geometry").path("type").asText()).isEqualTo("Polygon");
                assertThat(meta.path("spatialExtent").path("geometry").path("coordinates").get(0).size()).isEqualTo(5);
                for (JsonNode observation : dataset.path("observations")) {
                    assertObservation(producerId, observation);
                }
            }
        }
    }

    private static void assertObservation(String producerId, JsonNode observation) {
        String id = observation.path("observationId").asText();
        assertThat(id).matches("^[A-Z]{4}_OBS_.+$").startsWith(producerId);
        assertThat(observation.path("processingLevel").asText()).isIn("Raw data", "Quality-controlled data", "Derived products");
        assertThat(observation.path("dataType").asText()).isEqualTo("Numeric");
        assertThat(observation.path("timeSerie").isBoolean()).as(id + " timeSerie").isTrue();
        assertThat(observation.path("temporalExtent").path("dateBeg").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(observation.path("temporalExtent").path("dateEnd").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        JsonNode sampling = observation.path("featureOfInterest").path("samplingFeature");
        assertThat(sampling.path("name").asText()).isNotBlank();
        assertThat(sampling.path("type").asText()).isEqualTo("Feature");
        assertThat(sampling.path("geometry").path("type").asText()).isIn("Point", "LineString");
        JsonNode property = observation.path("observedProperty");
        assertThat(property.path("theiaCategories").get(0).asText()).startsWith("https://w3id.org/ozcar-theia/");
        assertThat(observation.path("result").path("qualityFlags").size()).isPositive();
        assertThat(observation.path("result").path("dataFile").path("name").asText()).isEqualTo(id + ".txt");
    }

    @Test
    void optional_fields_are_left_out_never_null_or_empty() {
        for (JsonNode json : metadata.values()) {
            assertNoNullOrEmpty(json, "$");
        }
    }

    private static void assertNoNullOrEmpty(JsonNode node, String path) {
        assertThat(node.isNull()).as(path).isFalse();
        if (node.isTextual()) {
            assertThat(node.asText()).as(path).isNotEmpty();
        }
        node.fields().forEachRemaining(field -> assertNoNullOrEmpty(field.getValue(), path + "." + field.getKey()));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            assertNoNullOrEmpty(node.get(i), path + "[" + i + "]");
        }
    }

    @Test
    void every_referenced_data_file_is_in_its_dataset_zip_and_every_data_file_is_referenced() {
        for (String producerId : PRODUCERS) {
            Map<String, Set<String>> referenced = new HashMap<>();
            for (JsonNode dataset : metadata.get(producerId).path("datasets")) {
                Set<String> names = new HashSet<>();
                dataset.path("observations").forEach(o -> names.add(o.path("result").path("dataFile").path("name").asText()));
                referenced.put(dataset.path("datasetId").asText() + ".zip", names);
            }
            Map<String, Set<String>> present = new HashMap<>();
            dataFiles.get(producerId).forEach((zip, names) -> present.put(zip, new HashSet<>(names)));
            assertThat(present).isEqualTo(referenced);
        }
    }

    @Test
    void every_data_file_parses_as_the_format_describes() {
        assertThat(reports).flatExtracting(DataFileCheck.Report::problems).isEmpty();
    }

    @Test
    void the_demo_has_about_a_hundred_series_and_one_to_two_million_rows() {
        long rows = reports.stream().mapToLong(DataFileCheck.Report::rows).sum();
        assertThat(reports).hasSizeBetween(90, 110);
        assertThat(rows).isBetween(1_000_000L, 2_000_000L);
    }

    @Test
    void the_demo_has_missing_values_interval_values_and_instantaneous_values() {
        long missing = reports.stream().mapToLong(DataFileCheck.Report::missingRows).sum();
        long rows = reports.stream().mapToLong(DataFileCheck.Report::rows).sum();
        assertThat(missing).isPositive().isLessThan(rows / 20);
        assertThat(reports).anyMatch(report -> report.intervalRows() == report.rows());
        assertThat(reports).anyMatch(report -> report.intervalRows() == 0);
    }

    @Test
    void at_least_one_series_is_mobile_with_a_line_string_sampling_feature() {
        assertThat(reports).anyMatch(report -> report.distinctPositions() > 100);
        assertThat(observations()).anyMatch(observation -> observation.path("featureOfInterest").path("samplingFeature")
                .path("geometry").path("type").asText().equals("LineString"));
    }

    @Test
    void some_series_carry_additional_values() {
        assertThat(observations()).filteredOn(observation -> observation.path("result").path("additionalValues").size() > 0)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void every_variable_of_the_list_is_used_with_its_unit_and_category() {
        Set<DemoVariable> used = new HashSet<>();
        for (JsonNode observation : observations()) {
            JsonNode property = observation.path("observedProperty");
            String category = property.path("theiaCategories").get(0).asText().replace("https://w3id.org/ozcar-theia/", "");
            used.add(new DemoVariable(property.path("name").asText(), property.path("unit").asText(), category));
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(DemoVariables.ALL);
    }

    private static List<JsonNode> observations() {
        List<JsonNode> observations = new ArrayList<>();
        for (JsonNode json : metadata.values()) {
            json.path("datasets").forEach(dataset -> dataset.path("observations").forEach(observations::add));
        }
        return observations;
    }
}
