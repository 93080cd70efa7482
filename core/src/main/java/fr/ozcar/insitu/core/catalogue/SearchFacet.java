package fr.ozcar.insitu.core.catalogue;

import java.util.Optional;

/**
 * The facets of the catalogue search: each filters one column of the {@code catalogue_observation} view.
 * The SQL here is ours; user values are only ever bound as parameters.
 */
public enum SearchFacet {
    PRODUCER("producer", "array[o.producer_id]"),
    FUNDER("funder", "o.funders"),
    /** a thesaurus category or variable IRI: matches every series whose variable is it or lies under it */
    VARIABLE("variable", "o.variable_path"),
    CLIMATE("climate", "o.climates"),
    GEOLOGY("geology", "o.geologies"),
    /** ISO 3166-1 alpha-2 country code */
    COUNTRY("country", "o.countries"),
    LEVEL("level", "array[o.processing_level]");

    private final String parameter;
    private final String column;

    SearchFacet(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    /** The query parameter and the facet's name in answers. */
    public String parameter() {
        return parameter;
    }

    /** SQL array expression of a row's values for this facet. */
    String column() {
        return column;
    }

    public static Optional<SearchFacet> ofParameter(String name) {
        for (SearchFacet facet : values()) {
            if (facet.parameter.equals(name)) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }
}
