package fr.ozcar.insitu.web.docs;

import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * The documentation pages ({@code docs/*.md}, packaged in the jar), so that the {@code type} of a
 * problem ({@code /docs/api.md#deposit-rejected}) leads to its explanation, as RFC 9457 §3.1.1 asks,
 * instead of a 404. Served as plain UTF-8 text: every browser shows it, and so does curl.
 * Anyone may read them (no role): they are the project's public documentation.
 */
@Controller("/docs")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocsController {

    /** Only the flat page names of docs/: nothing else of the class path can be named. */
    private static final Pattern PAGE = Pattern.compile("[a-z][a-z0-9-]*\\.md");
    private static final MediaType TEXT_UTF8 = MediaType.of("text/plain;charset=utf-8");

    @Get("/{page}")
    public HttpResponse<?> page(@PathVariable String page) {
        InputStream text = PAGE.matcher(page).matches() ? getClass().getResourceAsStream("/docs/" + page) : null;
        if (text == null) {
            return Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no documentation page " + page).toResponse();
        }
        try (text) {
            return HttpResponse.ok(text.readAllBytes()).contentType(TEXT_UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
