package fr.ozcar.insitu.sensorthings.write;

import fr.ozcar.insitu.core.access.Viewer;

/**
 * One SensorThings write: the HTTP method (POST, PATCH, PUT, DELETE), the version segment, the
 * resource path below it, the body (empty for DELETE), the service root URL that links are built on,
 * and who is asking.
 */
public record StaWrite(String method, String version, String path, String body, String serviceRootUrl, Viewer viewer) {
}
