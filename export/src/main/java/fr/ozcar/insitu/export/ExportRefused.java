package fr.ozcar.insitu.export;

/** Why an export cannot be made, said before any byte is written; {@code web} maps each reason to a status. */
public class ExportRefused extends RuntimeException {

    /** The kinds of refusal a client can act on. */
    public enum Reason {
        /** no such series or dataset */
        NOT_FOUND,
        /** every row of the scope is under embargo for this viewer */
        EMBARGOED,
        /** the time window holds no rows of the scope */
        NO_DATA_IN_WINDOW,
        /** the window itself is malformed (from after to) */
        BAD_WINDOW,
        /** the chosen format cannot hold these series (e.g. text series in NetCDF) */
        NOT_IN_FORMAT
    }

    private final Reason reason;

    public ExportRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
