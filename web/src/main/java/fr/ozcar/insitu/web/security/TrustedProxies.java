package fr.ozcar.insitu.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Forwarded} and {@code X-Forwarded-*} say where a proxy received a request; from anyone else
 * they are forged. They are removed, before anything reads them (links, the same-origin check), unless
 * the request comes from an address of {@code insitu.security.trusted-proxies} (comma-separated IP
 * addresses; none by default).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class TrustedProxies implements Ordered {

    private static final List<String> FORWARDING = List.of("Forwarded", "X-Forwarded-Host", "X-Forwarded-Proto",
            "X-Forwarded-Port", "X-Forwarded-For", "X-Forwarded-Prefix");

    private final Set<InetAddress> proxies = new HashSet<>();

    public TrustedProxies(@Value("${insitu.security.trusted-proxies:}") String trusted) throws UnknownHostException {
        for (String address : trusted.split(",")) {
            if (!address.isBlank()) {
                if (!address.trim().matches("[0-9A-Fa-f:.]+")) {
                    throw new IllegalArgumentException("insitu.security.trusted-proxies: " + address + " is no IP address");
                }
                proxies.add(InetAddress.getByName(address.trim())); // a literal: no DNS lookup
            }
        }
    }

    @RequestFilter
    public void dropForgedForwarding(MutableHttpRequest<?> request) {
        if (!proxies.contains(request.getRemoteAddress().getAddress())) {
            FORWARDING.forEach(request.getHeaders()::remove);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
