package fr.ozcar.insitu.core.variable;

import java.util.List;

/**
 * What a producer declared of an observed property in the pivot format.
 *
 * @param producerId      the producer, so that a data manager's confirmed association applies
 * @param name            {@code observedProperty.name}, e.g. "Air Temperature at height 5 m"
 * @param unit            {@code observedProperty.unit} ("N/A" when unit-less)
 * @param theiaCategories {@code observedProperty.theiaCategories}: category IRIs, or one variable IRI
 */
public record VariableQuery(String producerId, String name, String unit, List<String> theiaCategories) {
    public VariableQuery {
        theiaCategories = theiaCategories == null ? List.of() : List.copyOf(theiaCategories);
    }
}
