package fr.ozcar.insitu.core.model;

import java.util.List;

/**
 * What is measured, in the producer's own words.
 *
 * @param unit            "N/A" when unit-less
 * @param theiaCategories thesaurus category IRIs, or exactly one variable IRI
 */
public record ObservedProperty(String name, String unit, String description, List<String> theiaCategories) {
    public ObservedProperty {
        theiaCategories = List.copyOf(theiaCategories);
    }
}
