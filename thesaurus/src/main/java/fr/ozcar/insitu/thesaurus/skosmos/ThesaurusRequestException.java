package fr.ozcar.insitu.thesaurus.skosmos;

/**
 * A request the thesaurus cannot answer because of what was asked: an unknown vocabulary or concept
 * (status 404) or an invalid parameter (400). The web layer turns it into problem+json.
 */
public class ThesaurusRequestException extends RuntimeException {

    private final int status;

    public ThesaurusRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static ThesaurusRequestException unknownVocabulary(String id) {
        return new ThesaurusRequestException(404, "no vocabulary with id \"" + id + "\"");
    }

    public static ThesaurusRequestException unknownConcept(String uri, String vocabulary) {
        return new ThesaurusRequestException(404, "no concept <" + uri + ">" + (vocabulary == null ? "" : " in vocabulary " + vocabulary));
    }

    public static ThesaurusRequestException badParameter(String name, String problem) {
        return new ThesaurusRequestException(400, "parameter " + name + ": " + problem);
    }

    /** The HTTP status this maps to. */
    public int status() {
        return status;
    }
}
