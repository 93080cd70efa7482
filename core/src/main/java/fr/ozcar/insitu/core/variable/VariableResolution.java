package fr.ozcar.insitu.core.variable;

import java.util.List;

/**
 * The outcome of resolving a producer's variable.
 *
 * @param variableIri  the thesaurus variable, or null when unresolved
 * @param label        its English label (simplified label when it has one)
 * @param categoryPath category IRIs from the top category down to the variable's own category
 * @param score        confidence in [0, 1]; 0 when unresolved
 * @param method       how it was found, e.g. "exact IRI", "prefLabel", "altLabel", "fuzzy", "override"
 * @param reason       a sentence a data manager can read
 */
public record VariableResolution(String variableIri, String label, List<String> categoryPath,
                                 double score, String method, String reason) {

    public VariableResolution {
        categoryPath = categoryPath == null ? List.of() : List.copyOf(categoryPath);
    }

    public static VariableResolution unresolved(String reason) {
        return new VariableResolution(null, null, List.of(), 0, "unresolved", reason);
    }

    public boolean resolved() {
        return variableIri != null;
    }
}
