package fr.ozcar.insitu.web.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error leaves the server as problem+json: client mistakes as 4xx with what was wrong, and
 * our own failures as a 500 that names no internals (the details go to the log with an id).
 */
@Controller
public class ProblemHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);

    private final HttpServerConfiguration bufferLimit;
    private final Router router;

    public ProblemHandlers(HttpServerConfiguration bufferLimit, Router router) {
        this.bufferLimit = bufferLimit;
        this.router = router;
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    public HttpResponse<Problem> notFound(HttpRequest<?> request) {
        return Problem.of(HttpStatus.NOT_FOUND, "Not Found", "No resource at " + request.getPath()).toResponse();
    }

    /** RFC 9110 §15.5.6: a 405 says in {@code Allow} which methods the resource takes. */
    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    public HttpResponse<Problem> methodNotAllowed(HttpRequest<?> request) {
        Set<String> allowed = new TreeSet<>();
        router.findAny(request).forEach(route -> allowed.add(route.getHttpMethod().name()));
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed",
                request.getMethod() + " is not allowed on " + request.getPath()).toResponse()
                .header(HttpHeaders.ALLOW, String.join(", ", allowed));
    }

    @Error(global = true)
    public HttpResponse<Problem> statusException(HttpRequest<?> request, HttpStatusException error) {
        return Problem.of(error.getStatus(), error.getStatus().getReason(), error.getMessage()).toResponse();
    }

    /** Bodies read into memory (queries, vocabularies, JSON) are bounded by micronaut.server.max-request-buffer-size. */
    @Error(global = true)
    public HttpResponse<Problem> bodyTooLarge(HttpRequest<?> request, BufferLengthExceededException error) {
        return Problem.tooLargeForMemory(bufferLimit.getMaxRequestBufferSize()).toResponse();
    }

    @Error(global = true)
    public HttpResponse<Problem> uploadTooLarge(HttpRequest<?> request, ContentLengthExceededException error) {
        return Problem.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Content Too Large", "the body is larger than the "
                + bufferLimit.getMaxRequestSize() + " bytes accepted").toResponse();
    }

    @Error(global = true)
    public HttpResponse<Problem> unsatisfiedRoute(HttpRequest<?> request, UnsatisfiedRouteException error) {
        return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", error.getMessage()).toResponse();
    }

    @Error(global = true)
    public HttpResponse<Problem> unconvertible(HttpRequest<?> request, ConversionErrorException error) {
        return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", "'" + error.getArgument().getName()
                + "' is not valid: " + withoutInternals(error.getConversionError().getCause())).toResponse();
    }

    /**
     * A request target that is no URI ({@code curl -g 'http://host/"'}, {@code $filter=%ZZ}): the
     * server cannot even read the request's path, so it is the client's to correct.
     */
    @Error(global = true)
    public HttpResponse<Problem> invalidUrl(HttpRequest<?> request, URISyntaxException error) {
        return invalidUrl(error);
    }

    @Error(global = true)
    public HttpResponse<Problem> invalidUrlArgument(HttpRequest<?> request, IllegalArgumentException error) {
        return error.getCause() instanceof URISyntaxException syntax ? invalidUrl(syntax) : unexpected(request, error);
    }

    private static HttpResponse<Problem> invalidUrl(URISyntaxException error) {
        return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", "the URL is not valid: " + error.getReason()
                + (error.getIndex() >= 0 ? " at character " + (error.getIndex() + 1) : "")
                + ". Percent-encode what a URL cannot carry as it is: \" as %22, % as %25, a space as %20.")
                .toResponse();
    }

    @Error(global = true)
    public HttpResponse<Problem> unparsableJson(HttpRequest<?> request, JsonSyntaxException error) {
        return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", "the body is not valid JSON: "
                + withoutInternals(error.getCause() == null ? error : error.getCause())).toResponse();
    }

    /**
     * A parser's message for the client: Jackson's names our Java types and its own settings, which
     * mean nothing to a client and tell an attacker what runs here; its location is what helps.
     */
    private static String withoutInternals(Throwable cause) {
        if (cause instanceof JsonProcessingException json) {
            String what = json.getOriginalMessage().replaceAll("(?s)\\s*\\(.*", "").replaceAll("`[^`]*`", "a value");
            if (cause instanceof MismatchedInputException mismatch) {
                what = "a value of the wrong type at " + mismatch.getPath().stream()
                        .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                        .collect(Collectors.joining("", "$", ""));
            }
            JsonLocation at = json.getLocation();
            return at == null ? what : what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return cause.getMessage();
    }

    @Error(global = true)
    public HttpResponse<Problem> unexpected(HttpRequest<?> request, Throwable error) {
        String incident = Long.toHexString(System.nanoTime());
        LOG.error("Unexpected failure {} on {} {}", incident, request.getMethod(), request.getPath(), error);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
                "An unexpected failure occurred (incident " + incident + "); nothing was changed by this request.")
                .toResponse();
    }
}
