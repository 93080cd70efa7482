package fr.ozcar.insitu.web.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Locale;

/**
 * Refuses a URL holding an encoded NUL character ({@code %00}) before any route sees it: PostgreSQL
 * text cannot hold U+0000, so such a producer id, observation id or filter literal would otherwise
 * fail deep in a query. No identifier or name of ours can contain it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class NulCharacterFilter {

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseNul(HttpRequest<?> request) {
        if (!request.getUri().toString().toLowerCase(Locale.ROOT).contains("%00")) {
            return null;
        }
        return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request",
                "the URL holds an encoded NUL character (%00), which no identifier, name or query may contain").toResponse();
    }
}
