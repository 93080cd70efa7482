package fr.ozcar.insitu.core.database;

/**
 * The embedded database's data folder is held by another live process (a running server, another
 * import): PostgreSQL cannot serve one folder twice. The message says what to do instead.
 */
public final class DatabaseInUseException extends RuntimeException {

    public DatabaseInUseException(String message) {
        super(message);
    }
}
