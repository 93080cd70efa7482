package fr.ozcar.insitu.web.work;

import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import java.sql.SQLTransientConnectionException;

/**
 * Refused work answers at once, with {@code Retry-After}: 429 when the client has its share of a lane,
 * 503 when the lane is full, and 503 when no database connection freed within the pool's
 * {@code connection-timeout} (instead of a 500).
 */
@Controller
public class BusyHandler {

    @Error(global = true)
    public HttpResponse<Problem> busy(HttpRequest<?> request, WorkLane.Busy busy) {
        HttpStatus status = busy.perClient() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE;
        return Problem.of(status, status.getReason(), busy.getMessage()).toResponse()
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(busy.retryAfterSeconds()));
    }

    @Error(global = true)
    public HttpResponse<Problem> noConnection(HttpRequest<?> request, SQLTransientConnectionException error) {
        return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
                "every database connection is in use; retry in a few seconds").toResponse()
                .header(HttpHeaders.RETRY_AFTER, "5");
    }
}
