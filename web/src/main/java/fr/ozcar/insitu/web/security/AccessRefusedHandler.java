package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;

/**
 * {@link AccessRefused} as problem+json. A 401 says in {@code WWW-Authenticate} (RFC 9110 §11.6.1)
 * which credentials are accepted, so that {@code curl -u} and token clients know what to send.
 * The refusal comes before the body is read: the connection is closed after it, or the unread rest of
 * an upload would be taken for the client's next request on that connection.
 */
@Controller
public class AccessRefusedHandler {

    static final String CHALLENGES = "Basic realm=\"insitu\", Bearer realm=\"insitu\"";

    @Error(global = true, exception = AccessRefused.class)
    public HttpResponse<Problem> refused(HttpRequest<?> request, AccessRefused refused) {
        MutableHttpResponse<Problem> response;
        if (refused.unauthenticated()) {
            response = Problem.of(HttpStatus.UNAUTHORIZED, "Unauthorized", refused.getMessage()
                    + ": give credentials (a producer's or a user's password with HTTP Basic, an API token"
                    + " as Bearer, or sign in). Nothing was written.").toResponse()
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGES);
        } else {
            response = Problem.of(HttpStatus.FORBIDDEN, "Forbidden", refused.getMessage() + ". Nothing was written.")
                    .toResponse();
        }
        if (hasBody(request)) {
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response;
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
