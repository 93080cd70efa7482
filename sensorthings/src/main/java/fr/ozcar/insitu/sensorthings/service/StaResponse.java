package fr.ozcar.insitu.sensorthings.service;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The answer to a request: status and content type are final when it is returned; the body is
 * written (and streamed from the database) by {@link #writeTo}. Close it if the body is not written.
 */
public final class StaResponse implements AutoCloseable {

    /** Writes a body to a stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final int status;
    private final String contentType;
    private final Body body;
    private final AutoCloseable resources;

    StaResponse(int status, String contentType, Body body, AutoCloseable resources) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.resources = resources;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    /** Writes the body, then releases the database resources it streamed from. */
    public void writeTo(OutputStream out) throws IOException {
        try {
            body.writeTo(out);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (resources != null) {
            try {
                resources.close();
            } catch (Exception e) {
                // nothing more to release
            }
        }
    }
}
