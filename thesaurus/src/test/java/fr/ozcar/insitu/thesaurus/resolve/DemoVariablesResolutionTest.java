package fr.ozcar.insitu.thesaurus.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.demo.DemoVariable;
import fr.ozcar.insitu.core.demo.DemoVariables;
import fr.ozcar.insitu.core.variable.VariableQuery;
import fr.ozcar.insitu.core.variable.VariableResolution;
import fr.ozcar.insitu.thesaurus.SeededStore;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The variables the demo deposits really use (core's DemoVariables) all resolve, inside their category. */
class DemoVariablesResolutionTest {

    private final ThesaurusVariableResolver resolver = ThesaurusVariableResolver.following(SeededStore.shared(), SeedVocabulary.ID);

    @Test
    void everyDemoVariableResolvesWithinItsDeclaredCategory() {
        assertThat(DemoVariables.ALL).hasSize(19).allSatisfy(variable -> {
            VariableResolution resolution = resolve(variable);
            assertThat(resolution.resolved()).as(variable.name() + ": " + resolution.reason()).isTrue();
            assertThat(resolution.score()).isGreaterThanOrEqualTo(0.9);
            assertThat(resolution.categoryPath()).as(variable.name()).contains(variable.categoryIri());
        });
    }

    @Test
    void bothAirTemperatureHeightsAreTheOneAirTemperatureVariable() {
        assertThat(resolve(DemoVariables.AIR_TEMPERATURE_2M).variableIri())
                .isEqualTo(resolve(DemoVariables.AIR_TEMPERATURE_5M).variableIri())
                .isEqualTo(SeedVocabulary.NAMESPACE + "c_34790148");
        assertThat(resolve(DemoVariables.AIR_TEMPERATURE_5M).reason()).contains("at height 5 m");
    }

    private VariableResolution resolve(DemoVariable variable) {
        return resolver.resolve(new VariableQuery("DEMO", variable.name(), variable.unit(), List.of(variable.categoryIri())));
    }
}
