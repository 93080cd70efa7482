package fr.ozcar.insitu.sensorthings.query;

/** A request the API cannot answer because of what the client sent: reported as HTTP 400. */
public class StaBadRequest extends RuntimeException {

    public StaBadRequest(String message) {
        super(message);
    }

    /** An error at a character position (1-based) of a query option's value. */
    public static StaBadRequest at(String option, String value, int position, String message) {
        return new StaBadRequest(option + ": " + message + " at character " + (position + 1) + " of '" + value + "'");
    }
}
