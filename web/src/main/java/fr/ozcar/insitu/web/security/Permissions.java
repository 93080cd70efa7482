package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.web.access.RequestViewer;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * What a write endpoint asks before it touches anything: either the caller may, and gets its
 * {@link Viewer}, or {@link AccessRefused} ends the request (401 for no identity, 403 for the wrong one)
 * with nothing read from the body and nothing written.
 */
@Singleton
public class Permissions {

    private final RequestViewer viewers;

    public Permissions(RequestViewer viewers) {
        this.viewers = viewers;
    }

    /** Deposits, dry runs and SensorThings writes: the producer's data managers and administrators. */
    public Viewer manager(HttpRequest<?> request, String producerId) {
        Viewer viewer = viewers.of(request);
        if (!viewer.manages(producerId)) {
            throw refusal(viewer, "only a data manager of producer " + producerId + " or an administrator may do this");
        }
        return viewer;
    }

    /** Vocabularies, variable overrides, accounts and tokens of others: administrators only. */
    public Viewer administrator(HttpRequest<?> request) {
        Viewer viewer = viewers.of(request);
        if (!viewer.has(Role.ADMINISTRATOR)) {
            throw refusal(viewer, "only an administrator may do this");
        }
        return viewer;
    }

    /** Anything for oneself (one's own tokens): any signed-in identity. */
    public Viewer signedIn(HttpRequest<?> request) {
        Viewer viewer = viewers.of(request);
        if (viewer.isAnonymous()) {
            throw refusal(viewer, "sign in first");
        }
        return viewer;
    }

    private static AccessRefused refusal(Viewer viewer, String reason) {
        return new AccessRefused(viewer.isAnonymous(), reason);
    }
}
