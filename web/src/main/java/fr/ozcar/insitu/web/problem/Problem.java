package fr.ozcar.insitu.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} is the extension member that lists every individual
 * issue (field, JSON path, file and line) so that a client gets all of them at once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<?> errors) {

    public static final MediaType MEDIA_TYPE = MediaType.of("application/problem+json");

    public static Problem of(HttpStatus status, String title, String detail) {
        return new Problem("about:blank", title, status.getCode(), detail, null, null);
    }

    /** A body over the size a resource reads into memory (queries, vocabularies, JSON documents). */
    public static Problem tooLargeForMemory(long bufferLimit) {
        return of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Content Too Large",
                "the body is larger than the " + bufferLimit + " bytes this resource accepts");
    }

    public Problem withErrors(List<?> issues) {
        return new Problem(type, title, status, detail, instance, issues);
    }

    public Problem withType(String problemType) {
        return new Problem(problemType, title, status, detail, instance, errors);
    }

    public MutableHttpResponse<Problem> toResponse() {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status)).contentType(MEDIA_TYPE).body(this);
    }
}
