package fr.ozcar.insitu.web.access;

import fr.ozcar.insitu.core.access.Viewer;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The {@link Viewer} behind an HTTP request: the one place controllers ask who is calling, so that
 * they hand it to core's access rules instead of deciding anything themselves.
 */
@Singleton
public class RequestViewer {

    /** Every request is anonymous until authentication is wired (identity issue). */
    public Viewer of(HttpRequest<?> request) {
        return Viewer.ANONYMOUS;
    }
}
