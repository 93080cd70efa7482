package fr.ozcar.insitu.core.deposit;

/**
 * The import could not run for a reason that is not the deposit's (the database is unreachable):
 * nothing was changed, and the same deposit may be sent again later. Deposit defects never throw:
 * they are {@link Problem}s of a rejected {@link ImportReport}.
 */
public final class ImportFailedException extends RuntimeException {

    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
