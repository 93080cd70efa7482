package fr.ozcar.insitu.core.model;

import java.util.List;

/**
 * A dataset's {@code portalSearchCriteria}: climates and geologies the producer declared. Deprecated by
 * the format (now derived per station) but still written by many producers, and more precise than a
 * world layer where given: it takes precedence over the lookup layers.
 */
public record SearchCriteria(List<String> climates, List<String> geologies) {
    public static final SearchCriteria NONE = new SearchCriteria(List.of(), List.of());

    public SearchCriteria {
        climates = List.copyOf(climates);
        geologies = List.copyOf(geologies);
    }
}
