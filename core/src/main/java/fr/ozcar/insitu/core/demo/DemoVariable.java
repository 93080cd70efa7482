package fr.ozcar.insitu.core.demo;

/**
 * A variable as a producer names it in its deposits, with its unit and the Theia/OZCAR category it
 * belongs to.
 */
public record DemoVariable(String name, String unit, String category) {

    private static final String THESAURUS = "https://w3id.org/ozcar-theia/";

    /** The category IRI, as written in {@code observedProperty.theiaCategories}. */
    public String categoryIri() {
        return THESAURUS + category;
    }
}
