package fr.ozcar.insitu.thesaurus.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.variable.VariableQuery;
import fr.ozcar.insitu.core.variable.VariableResolution;
import fr.ozcar.insitu.thesaurus.SeededStore;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolution of the producer-variable table (src/test/resources/…/producer-variables.csv). */
class ProducerVariableResolutionTest {

    record Row(String name, String unit, List<String> categories, String expected, String kind) {
    }

    record Outcome(Row row, VariableResolution resolution, String expectedIri) {
        boolean correct() {
            return expectedIri == null ? !resolution.resolved() : expectedIri.equals(resolution.variableIri());
        }

        boolean wrong() {
            return resolution.resolved() && !resolution.variableIri().equals(expectedIri);
        }
    }

    private static ThesaurusVariableResolver resolver;
    private static List<Outcome> outcomes;

    @BeforeAll
    static void resolveTable() throws IOException {
        resolver = ThesaurusVariableResolver.following(SeededStore.shared(), SeedVocabulary.ID);
        outcomes = new ArrayList<>();
        for (Row row : rows()) {
            String expectedIri = row.expected().equals("UNRESOLVED") ? null : iriOf(row.expected());
            VariableResolution resolution = resolver.resolve(new VariableQuery("TEST", row.name(), row.unit(), row.categories()));
            outcomes.add(new Outcome(row, resolution, expectedIri));
        }
        long correct = outcomes.stream().filter(Outcome::correct).count();
        System.out.printf(Locale.ROOT, "resolution accuracy: %d/%d = %.1f %% (wrong: %d, missed as unresolved: %d)%n",
                correct, outcomes.size(), 100.0 * correct / outcomes.size(), outcomes.stream().filter(Outcome::wrong).count(),
                outcomes.stream().filter(o -> !o.correct() && !o.wrong()).count());
        outcomes.stream().filter(o -> !o.correct()).forEach(o -> System.out.printf(Locale.ROOT, "  miss: %s | %s | %s -> %s (%.2f %s: %s)%n",
                o.row().name(), o.row().unit(), o.row().expected(), o.resolution().label(), o.resolution().score(),
                o.resolution().method(), o.resolution().reason()));
    }

    private static String iriOf(String englishPrefLabel) {
        return resolver.index().variables().stream().filter(v -> englishPrefLabel.equals(v.prefLabelEn()))
                .map(VariableEntry::iri).findFirst()
                .orElseThrow(() -> new AssertionError("no variable labelled " + englishPrefLabel + " in the seed"));
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ProducerVariableResolutionTest.class.getResourceAsStream("producer-variables.csv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(";", -1);
                List<String> categories = cells[2].isBlank() ? List.of()
                        : Arrays.stream(cells[2].trim().split("\\s+")).map(c -> SeedVocabulary.NAMESPACE + c).toList();
                rows.add(new Row(cells[0], cells[1], categories, cells[3], cells[4]));
            }
        }
        return rows;
    }

    @Test
    void theTableHoldsAtLeastAHundredRealLookingNames() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(100);
    }

    /** Issue 7: a real 69-series deposit names its discharge so; it stayed unresolved (0.58). */
    @Test
    void resolvesSurfaceWaterDischargeOfARealDepositToRiverDischarge() {
        assertThat(outcomes).filteredOn(o -> o.row().name().equals("Surface water discharge")).hasSize(2)
                .allSatisfy(o -> assertThat(o.correct()).as(o.row().categories().toString()).isTrue());
    }

    @Test
    void neverResolvesToAWrongVariable() {
        assertThat(outcomes.stream().filter(Outcome::wrong).map(o -> o.row().name() + " -> " + o.resolution().label()
                + " " + o.resolution().score()).toList()).isEmpty();
    }

    @Test
    void everyResolvedVariableScoresAtLeastTheAcceptanceThreshold() {
        assertThat(outcomes).filteredOn(o -> o.resolution().resolved())
                .allSatisfy(o -> assertThat(o.resolution().score()).isGreaterThanOrEqualTo(ThesaurusVariableResolver.ACCEPTANCE_THRESHOLD));
    }

    @Test
    void everyDemoVariableResolvesToItsVariableAndCategory() {
        assertThat(outcomes).filteredOn(o -> o.row().kind().equals("demo")).hasSize(19).allSatisfy(o -> {
            assertThat(o.correct()).as(o.row().name()).isTrue();
            assertThat(o.resolution().categoryPath()).as(o.row().name()).containsAll(o.row().categories());
        });
    }

    @Test
    void resolvesAtLeastNinetyPercentOfTheTable() {
        assertThat(outcomes.stream().filter(Outcome::correct).count()).isGreaterThanOrEqualTo(Math.round(outcomes.size() * 0.9));
    }
}
