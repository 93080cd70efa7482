package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpHostResolver;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses writes whose {@code Host} (or, from a trusted proxy, forwarded host) is not one of this
 * server's names. A DNS-rebinding page points its own name at this server: the browser then sends
 * {@code Host} and {@code Origin} with that name, which agree, so the same-origin check
 * ({@code web.origin.SameOriginRequests}) alone would let the page write. Loopback names are always
 * allowed (no other site's page can be served under them); {@code insitu.security.allowed-hosts}
 * (comma-separated host names, any port) adds the names the server is reached under. Reads stay open
 * under any name: they are public, and refusing them would only break clients that use an IP address.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AllowedHosts implements Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final HttpHostResolver hosts;
    private final Set<String> allowed = new HashSet<>(Set.of("localhost", "127.0.0.1", "::1"));

    public AllowedHosts(HttpHostResolver hosts, @Value("${insitu.security.allowed-hosts:}") String configured) {
        this.hosts = hosts;
        for (String name : configured.split(",")) {
            if (!name.isBlank()) {
                allowed.add(normalized(name.trim()));
            }
        }
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseWritesUnderForeignNames(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || allowed.contains(hostOf(request))) {
            return null;
        }
        return Problem.of(HttpStatus.MISDIRECTED_REQUEST, "Misdirected Request", "this server does not answer writes"
                        + " under the host name of this request (set insitu.security.allowed-hosts to add one). Nothing was written.")
                .toResponse().header(HttpHeaders.CONNECTION, "close");
    }

    private String hostOf(HttpRequest<?> request) {
        // Micronaut's resolver loses IPv6 literals of Host: it is asked only about a trusted proxy's forwarding
        boolean forwarded = request.getHeaders().contains("Forwarded") || request.getHeaders().contains("X-Forwarded-Host");
        String hostAndPort = forwarded ? hosts.resolve(request).replaceFirst("^[A-Za-z]+://", "")
                : request.getHeaders().get(HttpHeaders.HOST);
        return hostAndPort == null ? "" : normalized(hostAndPort.replaceFirst(":[0-9]*$", ""));
    }

    /** Lower case, IPv6 literals without brackets . */
    private static String normalized(String host) {
        return host.replace("[", "").replace("]", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public int getOrder() {
        // after TrustedProxies removed forged forwarding headers, before anything authenticates or reads the body
        return Ordered.HIGHEST_PRECEDENCE + 50;
    }
}
