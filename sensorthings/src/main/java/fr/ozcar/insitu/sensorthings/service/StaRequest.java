package fr.ozcar.insitu.sensorthings.service;

import fr.ozcar.insitu.core.access.Viewer;

/**
 * One GET request: the version segment ({@code v1.1}), the resource path below it, the raw
 * (still percent-encoded) query string, the service root URL that links are built on
 * (e.g. {@code https://example.org/sta/v1.1}), and who is asking (the embargo hides recent
 * Observations from most viewers: docs/security.md).
 */
public record StaRequest(String version, String path, String rawQuery, String serviceRootUrl, Viewer viewer) {

    /** A request by an anonymous visitor. */
    public StaRequest(String version, String path, String rawQuery, String serviceRootUrl) {
        this(version, path, rawQuery, serviceRootUrl, Viewer.ANONYMOUS);
    }
}
