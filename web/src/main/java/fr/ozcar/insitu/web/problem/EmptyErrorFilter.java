package fr.ozcar.insitu.web.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Gives a problem document to error responses that other filters produce with no body at all (e.g.
 * Micronaut's CORS filter refusing another origin's write with a bare 403), so that every error a
 * client sees is problem+json.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class EmptyErrorFilter implements Ordered {

    @ResponseFilter
    public void describe(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus().getCode() >= 400 && response.getBody().isEmpty()
                && request.getMethod() != HttpMethod.HEAD) {
            HttpStatus status = response.getStatus();
            String detail = status == HttpStatus.FORBIDDEN
                    ? "this request is not allowed (a write from a web page of another origin is refused)"
                    : status.getReason();
            response.contentType(Problem.MEDIA_TYPE);
            @SuppressWarnings("unchecked") // the body is empty: any type may take its place
            MutableHttpResponse<Object> untyped = (MutableHttpResponse<Object>) response;
            untyped.body(Problem.of(status, status.getReason(), detail));
        }
    }

    @Override
    public int getOrder() {
        // response filters run in reverse order: the highest precedence sees the response last
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
