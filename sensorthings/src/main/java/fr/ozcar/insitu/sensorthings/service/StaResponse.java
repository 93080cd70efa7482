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
    private final String location;

    StaResponse(int status, String contentType, Body body, AutoCloseable resources) {
        this(status, contentType, body, resources, null);
    }

    private StaResponse(int status, String contentType, Body body, AutoCloseable resources, String location) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.resources = resources;
        this.location = location;
    }

    /** An answer without a body: {@code 200} of a DELETE or a PATCH ({@code 15-078r6 §10.3, §10.4}). */
    public static StaResponse empty(int status) {
        return new StaResponse(status, "application/json", out -> { }, null);
    }

    /** A JSON body already written. */
    public static StaResponse json(int status, byte[] body) {
        return new StaResponse(status, "application/json", out -> out.write(body), null);
    }

    /** The same answer under another status, with the URL of the entity it created ({@code 201}). */
    public StaResponse created(String entityUrl) {
        return new StaResponse(201, contentType, body, resources, entityUrl);
    }

    /** An RFC 9457 problem document. */
    public static StaResponse problem(int status, String title, String detail) {
        return StaService.problem(status, title, detail);
    }

    /** The {@code Location} of a created entity, or null. */
    public String location() {
        return location;
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
