package fr.ozcar.insitu.web.links;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.util.HttpHostResolver;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * The scheme, host and port that absolute links in answers start with. Micronaut derives it from
 * {@code Host} and {@code X-Forwarded-*} headers, which any client can forge: a value that is not a
 * plain http(s) origin (e.g. {@code javascript://…}) is refused rather than written into links that
 * harvesters and browsers follow. Behind a proxy, set {@code micronaut.server.host-resolution}.
 */
@Singleton
public class PublicBaseUrl {

    private static final Pattern ORIGIN = Pattern.compile(
            "https?://([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?");

    private final HttpHostResolver hosts;

    public PublicBaseUrl(HttpHostResolver hosts) {
        this.hosts = hosts;
    }

    /** {@code http(s)://host[:port]} of this request, or a 400 when its headers make no such origin. */
    public String of(HttpRequest<?> request) {
        String origin = hosts.resolve(request);
        if (origin == null || !ORIGIN.matcher(origin).matches()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "the Host / X-Forwarded-* headers of this request"
                    + " do not name an http(s) origin, so no links can be written");
        }
        return origin;
    }
}
