package fr.ozcar.insitu.core.variable;

import java.util.Optional;

/**
 * Applies data managers' decisions ({@link VariableOverrides}) before any other resolver: a confirmed
 * association always wins, with score 1 and who confirmed it as the reason. Labels and category path
 * come from the published {@link VariableCatalogue}.
 */
public final class OverridingVariableResolver implements VariableResolver {

    private final VariableOverrides overrides;
    private final VariableCatalogue catalogue;
    private final VariableResolver automatic;

    public OverridingVariableResolver(VariableOverrides overrides, VariableCatalogue catalogue, VariableResolver automatic) {
        this.overrides = overrides;
        this.catalogue = catalogue;
        this.automatic = automatic;
    }

    @Override
    public VariableResolution resolve(VariableQuery query) {
        if (query.producerId() == null || query.name() == null) {
            return automatic.resolve(query);
        }
        Optional<VariableOverride> decided = overrides.find(query.producerId(), query.name(), query.unit() == null ? "" : query.unit());
        if (decided.isEmpty()) {
            return automatic.resolve(query);
        }
        VariableOverride override = decided.get();
        String by = "confirmed by " + override.confirmedBy() + " on " + override.confirmedAt();
        if (override.variableIri() == null) {
            return new VariableResolution(null, null, java.util.List.of(), 0, "override", "no thesaurus variable, " + by);
        }
        Optional<CatalogueVariable> variable = catalogue.find(override.variableIri());
        return new VariableResolution(override.variableIri(), variable.map(CatalogueVariable::label).orElse(null),
                variable.map(CatalogueVariable::categoryPath).orElse(java.util.List.of()), 1.0, "override", by);
    }
}
