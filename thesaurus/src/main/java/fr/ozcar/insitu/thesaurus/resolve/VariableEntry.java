package fr.ozcar.insitu.thesaurus.resolve;

import fr.ozcar.insitu.core.variable.CatalogueVariable;
import java.util.List;
import java.util.Optional;

/**
 * A variable of a loaded vocabulary, as resolution and publication need it.
 *
 * @param dimension      the dimension of {@code unit}, or null when unknown
 * @param cfStandardName the CF standard name it matches (skos:exactMatch, else closeMatch), or null
 */
public record VariableEntry(String iri, String label, String prefLabelEn, String prefLabelFr, String definition,
                            String unit, UnitDimension dimension, List<String> categoryPath,
                            List<String> categoryLabels, boolean deprecated, String replacedBy,
                            String cfStandardName) {

    public VariableEntry {
        categoryPath = List.copyOf(categoryPath);
        categoryLabels = List.copyOf(categoryLabels);
    }

    /** Whether a series reported in a unit of that dimension can be this variable (unknown never contradicts). */
    public boolean acceptsUnit(Optional<UnitDimension> reported) {
        return dimension == null || reported.isEmpty() || dimension.equals(reported.get());
    }

    public CatalogueVariable toCatalogue() {
        return new CatalogueVariable(iri, label, prefLabelEn, prefLabelFr, definition, unit, categoryPath,
                categoryLabels, deprecated, replacedBy, cfStandardName);
    }
}
