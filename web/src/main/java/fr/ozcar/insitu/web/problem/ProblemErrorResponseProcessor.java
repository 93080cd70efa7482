package fr.ozcar.insitu.web.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Errors Micronaut answers itself, before any route or {@code @Error} handler is chosen (a request
 * line or header too long, a body over the size limit), leave as problem+json like all the others
 * instead of Micronaut's own JSON shape.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class) // Micronaut's DefaultErrorResponseProcessor is package-private
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String detail = context.getErrors().stream().map(error -> error.getMessage()).findFirst().orElse(status.getReason());
        return response.body(Problem.of(status, status.getReason(), detail)).contentType(Problem.MEDIA_TYPE);
    }
}
