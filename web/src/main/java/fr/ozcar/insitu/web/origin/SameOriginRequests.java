package fr.ozcar.insitu.web.origin;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.cors.CorsFilter;
import io.micronaut.http.server.util.HttpHostResolver;

/**
 * Lets the portal's own pages write (upload a deposit) while pages of other origins stay refused.
 * Browsers send {@code Origin} with every POST/PUT, even to their own origin, and Micronaut's CORS
 * filter treats any request with that header as cross-origin: our public-read configuration would
 * refuse the portal's own upload. A request from this server's own origin is not a cross-origin
 * request, so its {@code Origin} is dropped before CORS runs, which then has nothing to decide.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SameOriginRequests implements Ordered {

    private final HttpHostResolver hosts;

    public SameOriginRequests(HttpHostResolver hosts) {
        this.hosts = hosts;
    }

    @RequestFilter
    public void dropOwnOrigin(MutableHttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin != null && origin.equalsIgnoreCase(hosts.resolve(request))) {
            request.getHeaders().remove(HttpHeaders.ORIGIN);
        }
    }

    @Override
    public int getOrder() {
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }
}
