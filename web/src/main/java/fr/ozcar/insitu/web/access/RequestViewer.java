package fr.ozcar.insitu.web.access;

import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.web.security.ViewerAuthentication;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/**
 * The {@link Viewer} behind an HTTP request: the one place controllers ask who is calling, so that
 * they hand it to core's access rules instead of deciding anything themselves. Micronaut Security has
 * already authenticated the request (Basic password, Bearer token or session cookie, see
 * docs/security.md); a request without valid credentials is {@link Viewer#ANONYMOUS}.
 */
@Singleton
public class RequestViewer {

    public Viewer of(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(ViewerAuthentication::viewer)
                .orElse(Viewer.ANONYMOUS);
    }
}
