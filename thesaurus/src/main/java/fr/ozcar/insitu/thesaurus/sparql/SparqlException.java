package fr.ozcar.insitu.thesaurus.sparql;

/** A query the endpoint refuses (400: syntax, update, unsupported format) or gave up on (503: timeout). */
public class SparqlException extends RuntimeException {

    private final int status;

    public SparqlException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
