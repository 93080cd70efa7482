package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import java.util.Set;

/**
 * CSRF protection for the session cookie: a write (POST, PUT, PATCH, DELETE) that would be
 * authenticated by the cookie alone must carry {@code X-Requested-With}. A page of another site cannot
 * add that header without a CORS preflight, which our CORS configuration refuses for writes; the
 * portal's own scripts send it. Requests with {@code Authorization} (Basic, Bearer) are not exposed:
 * browsers never add those on their own. Signing out and the provider's callback are exempt (the
 * latter carries no session yet, only the provider's one-time code and state).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SessionCsrfFilter implements Ordered {

    static final String HEADER = "X-Requested-With";
    private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final String cookieName;

    public SessionCsrfFilter(AccessTokenCookieConfiguration cookie) {
        this.cookieName = cookie.getCookieName();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> requireHeaderForCookieWrites(HttpRequest<?> request) {
        boolean cookieOnly = request.getCookies().contains(cookieName)
                && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
        String path = request.getPath();
        if (!cookieOnly || !UNSAFE.contains(request.getMethod()) || request.getHeaders().contains(HEADER)
                || path.equals("/logout") || path.startsWith("/oauth/callback/")) {
            return null;
        }
        return Problem.of(HttpStatus.FORBIDDEN, "Forbidden", "a write authenticated by the session cookie must carry"
                + " the header " + HEADER + " (protection against cross-site request forgery). Nothing was written.")
                .toResponse().header(HttpHeaders.CONNECTION, "close");
    }

    @Override
    public int getOrder() {
        // before the security filter authenticates anything, and before the body is read
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
