package fr.ozcar.insitu.core.catalogue;

import java.util.List;

/** One page of one of the search's lists. */
public record SearchHits(String list, String sort, int page, int size, long total, List<?> items) {

    public SearchHits {
        items = List.copyOf(items);
    }
}
