package fr.ozcar.insitu.web.sensorthings;

import fr.ozcar.insitu.sensorthings.service.StaRequest;
import fr.ozcar.insitu.sensorthings.service.StaResponse;
import fr.ozcar.insitu.sensorthings.service.StaService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OGC SensorThings API under {@code /sta/v1.0} and {@code /sta/v1.1}: hands the raw path and query
 * string to {@link StaService} and streams its body, written on an I/O thread through a pipe, so a
 * large page of observations goes out while it is read from the database.
 */
@Controller("/sta")
public class SensorThingsController {

    private static final Logger LOG = LoggerFactory.getLogger(SensorThingsController.class);
    private static final int PIPE_BUFFER = 64 * 1024;

    private final StaService service;
    private final HttpHostResolver hosts;
    private final ExecutorService writers;

    public SensorThingsController(StaService service, HttpHostResolver hosts,
                                  @Named(TaskExecutors.BLOCKING) ExecutorService writers) {
        this.service = service;
        this.hosts = hosts;
        this.writers = writers;
    }

    @Get(uris = {"/{version}", "/{version}/{+path}"}, produces = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<StreamedFile> get(HttpRequest<?> request, String version) throws IOException {
        String rawPath = request.getUri().getRawPath();
        String prefix = "/sta/" + version;
        String path = rawPath.length() > prefix.length() ? rawPath.substring(prefix.length()) : "";
        String root = hosts.resolve(request) + prefix;
        StaResponse response = service.handle(new StaRequest(version, decodePath(path), request.getUri().getRawQuery(), root));
        PipedInputStream in = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream out = new PipedOutputStream(in);
        writers.execute(() -> {
            try (out) {
                response.writeTo(out);
            } catch (IOException e) {
                LOG.warn("SensorThings response to {} cut short: {}", rawPath, e.getMessage());
            }
        });
        MediaType type = MediaType.of(response.contentType());
        return HttpResponse.<StreamedFile>status(HttpStatus.valueOf(response.status()))
                .contentType(type)
                .body(new StreamedFile(in, type));
    }

    /** Path segments may arrive percent-encoded ({@code Things%281%29}). */
    private static String decodePath(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
