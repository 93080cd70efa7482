package fr.ozcar.insitu.core.variable;

import java.util.List;

/**
 * A thesaurus variable as published to the {@code variable} table, for SQL views that need labels and
 * category paths without RDF (SensorThings ObservedProperties, portal facets).
 *
 * @param iri            the variable's IRI (the table's natural key)
 * @param label          short English name shown in the portal (simplified label, else English prefLabel)
 * @param prefLabelEn    English prefLabel
 * @param prefLabelFr    French prefLabel
 * @param definition     English definition
 * @param unit           usual unit symbol
 * @param categoryPath   category IRIs, top-down
 * @param categoryLabels their English labels, same order
 * @param deprecated     owl:deprecated
 * @param replacedBy     dcterms:isReplacedBy, when deprecated
 * @param cfStandardName the CF standard name it matches, or null (NetCDF exports give it as standard_name)
 */
public record CatalogueVariable(String iri, String label, String prefLabelEn, String prefLabelFr, String definition,
                                String unit, List<String> categoryPath, List<String> categoryLabels,
                                boolean deprecated, String replacedBy, String cfStandardName) {
    public CatalogueVariable {
        categoryPath = categoryPath == null ? List.of() : List.copyOf(categoryPath);
        categoryLabels = categoryLabels == null ? List.of() : List.copyOf(categoryLabels);
    }
}
