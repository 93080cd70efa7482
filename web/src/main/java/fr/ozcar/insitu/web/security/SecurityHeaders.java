package fr.ozcar.insitu.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every answer carries. The Content-Security-Policy allows scripts and styles from this server
 * only (no inline script or style: the pages load theirs from files, docs/security.md), images also
 * from https map tiles, and no framing by other sites. HSTS is sent when the request came over TLS, or
 * always when {@code insitu.security.hsts} is true (TLS ends at a proxy in front of us).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' https:;"
            + " frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final boolean hstsAlways;

    public SecurityHeaders(@Value("${insitu.security.hsts:false}") boolean hstsAlways) {
        this.hstsAlways = hstsAlways;
    }

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        if (hstsAlways || request.isSecure()) {
            headers.set("Strict-Transport-Security", HSTS);
        }
    }
}
