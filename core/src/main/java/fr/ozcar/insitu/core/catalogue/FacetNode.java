package fr.ozcar.insitu.core.catalogue;

import java.util.List;

/**
 * One node of the variable facet: a thesaurus category (with children) or a variable (a leaf).
 *
 * @param iri    the category or variable IRI (null for the bucket of unresolved series)
 * @param kind   "category" or "variable"
 * @param series how many series fall under this node
 */
public record FacetNode(String iri, String label, String kind, long series, List<FacetNode> children) {

    public FacetNode {
        children = List.copyOf(children);
    }
}
