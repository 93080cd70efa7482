package fr.ozcar.insitu.core.catalogue;

/**
 * One value of a facet and how many observations would match if it were chosen with the other facets'
 * current choices (its own facet's choices left aside, since values within a facet combine with OR).
 */
public record FacetCount(String value, String label, long count) {
}
