package fr.ozcar.insitu.core.model;

import java.util.Set;

/** The closed vocabularies of the pivot format v1.2: a value outside these sets is an error. */
public final class PivotTerms {

    public static final String NUMERIC = "Numeric";

    public static final Set<String> PRODUCER_CONTACT_ROLES = Set.of("Project leader", "Data manager");
    public static final Set<String> DATASET_PERSON_ROLES = Set.of(
            "Principal investigator", "Project member", "Data manager", "Data collector");
    public static final Set<String> ORGANISATION_ROLES = Set.of("Research group");
    public static final Set<String> FUNDING_TYPES = Set.of(
            "French research institutes", "French universities and schools", "Other research institutes",
            "Other universities and schools", "Research unit", "Federative structure", "Research program", "Other");
    public static final Set<String> PROCESSING_LEVELS = Set.of(
            "Raw data", "Quality-controlled data", "Derived products");
    public static final Set<String> DATA_TYPES = Set.of(
            NUMERIC, "Vector", "Raster", "Photo", "Video", "Text", "Audio", "Other");
    public static final Set<String> CLIMATES = Set.of(
            "Oceanic climate", "Tropical climate", "Mountain climate", "Mediterranean climate",
            "Continental climate", "Polar climate", "Arid climate", "Equatorial climate");
    public static final Set<String> GEOLOGIES = Set.of(
            "Volcanic rocks", "Plutonic rocks", "Metamorphic rocks", "Carbonate rocks", "Quaternary soils",
            "Other sedimentary rocks");
    /** ISO 19115 MD_TopicCategoryCode values, compared by {@link #isTopicCategory}. */
    private static final Set<String> TOPIC_CATEGORY_CODES = Set.of(
            "farming", "biota", "boundaries", "climatologymeteorologyatmosphere", "economy", "elevation",
            "environment", "geoscientificinformation", "health", "imagerybasemapsearthcover",
            "intelligencemilitary", "inlandwaters", "location", "oceans", "planningcadastre", "society",
            "structure", "transportation", "utilitiescommunication");
    public static final Set<String> DOCUMENT_TYPES = Set.of("Publication", "Manual");
    public static final Set<String> GEOMETRY_TYPES = Set.of(
            "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon");

    private PivotTerms() {
    }

    /**
     * Deposits spell topic categories as titles ("Inland Waters") or as ISO codes ("inlandWaters"):
     * both name the same closed code list, so they are compared without case, spaces or punctuation.
     */
    public static boolean isTopicCategory(String value) {
        StringBuilder letters = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(Character.toLowerCase(c));
            }
        }
        return TOPIC_CATEGORY_CODES.contains(letters.toString());
    }
}
