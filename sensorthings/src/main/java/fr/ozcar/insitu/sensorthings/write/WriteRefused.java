package fr.ozcar.insitu.sensorthings.write;

/** A write the server refuses, with the HTTP status that says why and a message naming what to fix. */
public final class WriteRefused extends RuntimeException {

    private final int status;

    WriteRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static WriteRefused badRequest(String message) {
        return new WriteRefused(400, message);
    }

    static WriteRefused notFound(String message) {
        return new WriteRefused(404, message);
    }

    static WriteRefused conflict(String message) {
        return new WriteRefused(409, message);
    }
}
