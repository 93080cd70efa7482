package fr.ozcar.insitu.sensorthings.service;

/**
 * One GET request: the version segment ({@code v1.1}), the resource path below it, the raw
 * (still percent-encoded) query string, and the service root URL that links are built on
 * (e.g. {@code https://example.org/sta/v1.1}).
 */
public record StaRequest(String version, String path, String rawQuery, String serviceRootUrl) {
}
