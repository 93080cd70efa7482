package fr.ozcar.insitu.core.catalogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One catalogue search: facets combine with AND across facets and OR within one.
 *
 * @param text     words that must all appear (case-insensitive, anywhere in titles, descriptions, variable
 *                 names and thesaurus labels in English and French, keywords, station and producer names); blank: any
 * @param selected the values chosen per facet
 * @param fromYear series measured during or after this year (null: no bound)
 * @param toYear   series measured during or before this year
 * @param area     stations inside it (null: anywhere)
 * @param list     which list the page holds
 * @param sort     one of the list's {@link SearchList#sorts()} keys, {@code -} in front for descending
 * @param page     1-based
 */
public record SearchQuery(String text, Map<SearchFacet, List<String>> selected, Integer fromYear, Integer toYear,
                          BoundingBox area, SearchList list, String sort, int page, int size) {

    public static final int MAX_SIZE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        EnumMap<SearchFacet, List<String>> copy = new EnumMap<>(SearchFacet.class);
        selected.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, List.copyOf(values));
            }
        });
        selected = copy;
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page from 1, size from 1 to " + MAX_SIZE);
        }
        if (!list.sorts().contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
            throw new IllegalArgumentException("sort by one of " + list.sorts());
        }
    }
}
