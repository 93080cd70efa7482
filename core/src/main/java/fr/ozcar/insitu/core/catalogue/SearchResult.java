package fr.ozcar.insitu.core.catalogue;

import java.util.List;
import java.util.Map;

/**
 * What a search finds: how many observations, datasets and producers match, the facets with their
 * counts (keyed by {@link SearchFacet#parameter()}), one page of the chosen list and every matching
 * station for the map.
 */
public record SearchResult(long observations, long datasets, long producers, Map<String, List<FacetCount>> facets,
                           SearchHits hits, List<StationMarker> stations) {
}
