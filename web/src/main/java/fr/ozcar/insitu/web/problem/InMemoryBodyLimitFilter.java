package fr.ozcar.insitu.web.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.io.InputStream;

/**
 * Refuses, from its headers alone, a body that a route would have to hold in memory and that
 * declares a length over the buffer limit. Answering before the body is read is what lets a client
 * that sent {@code Expect: 100-continue} stop there; waiting for the buffer to overflow instead
 * closes the connection while the client is still writing, and the client often loses the 413 to
 * the TCP reset. Routes that stream their body (deposit uploads) are bounded by
 * micronaut.server.max-request-size instead.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class InMemoryBodyLimitFilter {

    private final HttpServerConfiguration limits;

    public InMemoryBodyLimitFilter(HttpServerConfiguration limits) {
        this.limits = limits;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseOversizedBody(HttpRequest<?> request) {
        if (request.getContentLength() <= limits.getMaxRequestBufferSize()) {
            return null;
        }
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        if (route == null || streamsItsBody(route)) {
            return null;
        }
        return Problem.tooLargeForMemory(limits.getMaxRequestBufferSize()).toResponse();
    }

    private static boolean streamsItsBody(RouteMatch<?> route) {
        return route.getRouteInfo().getRequestBodyType()
                .map(Argument::getType)
                .filter(InputStream.class::isAssignableFrom)
                .isPresent();
    }
}
