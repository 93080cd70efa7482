package fr.ozcar.insitu.web.sensorthings;

import fr.ozcar.insitu.sensorthings.service.StaRequest;
import fr.ozcar.insitu.sensorthings.service.StaResponse;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.web.access.RequestViewer;
import fr.ozcar.insitu.web.links.PublicBaseUrl;
import fr.ozcar.insitu.web.problem.Problem;
import fr.ozcar.insitu.web.streaming.StreamedBody;
import fr.ozcar.insitu.web.work.WorkLane;
import fr.ozcar.insitu.web.work.WorkLanes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * OGC SensorThings API under {@code /sta/v1.0} and {@code /sta/v1.1}: hands the raw path and query
 * string to {@link StaService} and streams its body through {@link StreamedBody}, so a large page
 * of observations goes out while it is read from the database. Open to everyone; the embargo hides
 * recent Observations unless the caller ({@link RequestViewer}) is an administrator, a data manager of
 * the producer or a privileged user of the dataset (docs/security.md).
 */
@Controller("/sta")
public class SensorThingsController {

    private static final String PROBLEM = SensorThingsController.class.getName() + ".problem";
    private static final String RETRY_AFTER_SECONDS = "5";

    private final StaService service;
    private final PublicBaseUrl baseUrl;
    private final StreamedBody streamed;
    private final WorkLane lane;
    private final RequestViewer viewers;

    public SensorThingsController(StaService service, PublicBaseUrl baseUrl, StreamedBody streamed, RequestViewer viewers,
                                  @Named("sta") WorkLane lane) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.streamed = streamed;
        this.viewers = viewers;
        this.lane = lane;
    }

    /**
     * Public: any caller. Runs in the {@code sta} lane, from the request until its body is written (into
     * the spool, not to the client): one client cannot hold more than its share of database connections.
     */
    @Get(uris = {"/{version}", "/{version}/{+path}"}, produces = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> get(HttpRequest<?> request, String version) throws IOException {
        WorkLane.Permit permit = lane.enter(WorkLanes.client(request));
        try {
            return answer(request, version, permit);
        } catch (IOException | RuntimeException e) {
            permit.close();
            throw e;
        }
    }

    private HttpResponse<?> answer(HttpRequest<?> request, String version, WorkLane.Permit permit) throws IOException {
        String rawPath = request.getUri().getRawPath();
        String prefix = "/sta/" + version;
        String path = rawPath.length() > prefix.length() ? rawPath.substring(prefix.length()) : "";
        String root = baseUrl.of(request) + prefix;
        StaResponse response = service.handle(new StaRequest(version, decodePath(path), request.getUri().getRawQuery(), root,
                viewers.of(request)));
        if (response.status() == HttpStatus.NO_CONTENT.getCode()) {
            permit.close();
            return HttpResponse.noContent(); // a null property: no body at all
        }
        if (response.status() >= 400) {
            // a problem document, built before the answer: sent whole, and kept for notFound below
            ByteArrayOutputStream problem = new ByteArrayOutputStream();
            response.writeTo(problem);
            permit.close();
            request.setAttribute(PROBLEM, problem.toByteArray());
            MutableHttpResponse<byte[]> answer = HttpResponse.<byte[]>status(HttpStatus.valueOf(response.status()))
                    .contentType(MediaType.of(response.contentType())).body(problem.toByteArray());
            // a statement cancelled at the query timeout, or no connection free: a client may come back later
            return response.status() == HttpStatus.SERVICE_UNAVAILABLE.getCode()
                    ? answer.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS) : answer;
        }
        return streamed.respond(request, HttpStatus.valueOf(response.status()), MediaType.of(response.contentType()),
                "SensorThings " + rawPath, out -> {
                    try (permit) {
                        response.writeTo(out);
                    }
                });
    }

    /**
     * Micronaut hands every 404 a route answers to the 404 handler: ours keeps the service's own
     * problem, which says what is missing ({@code no Things(42)}, the parent of a navigation).
     */
    @Error(status = HttpStatus.NOT_FOUND)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        return request.getAttribute(PROBLEM, byte[].class)
                .<HttpResponse<?>>map(problem -> HttpResponse.notFound().contentType(Problem.MEDIA_TYPE).body(problem))
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "Not Found", "No resource at " + request.getPath()).toResponse());
    }

    /** Path segments may arrive percent-encoded ({@code Things%281%29}). */
    private static String decodePath(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
