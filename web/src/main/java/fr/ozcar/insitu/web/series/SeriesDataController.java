package fr.ozcar.insitu.web.series;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.series.PivotDataFileWriter;
import fr.ozcar.insitu.web.access.RequestViewer;
import fr.ozcar.insitu.web.problem.Problem;
import fr.ozcar.insitu.web.streaming.StreamedBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A series as a pivot-format data file: what was deposited, read back from the database. Open to
 * everyone; rows under embargo are left out unless the caller ({@link RequestViewer}) is an
 * administrator, a data manager of the producer or a privileged user of the dataset (docs/security.md).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SeriesDataController {

    private static final MediaType TEXT = MediaType.of("text/plain;charset=utf-8");

    private final PivotDataFileWriter files;
    private final StreamedBody streamed;
    private final RequestViewer viewers;

    public SeriesDataController(DataSource dataSource, EmbargoAccess embargo, StreamedBody streamed, RequestViewer viewers) {
        this.files = new PivotDataFileWriter(dataSource, embargo);
        this.streamed = streamed;
        this.viewers = viewers;
    }

    @Get(uri = "/api/series/{observationId}/data", produces = "text/plain")
    public HttpResponse<?> data(HttpRequest<?> request, @PathVariable String observationId) throws SQLException {
        return files.find(observationId, viewers.of(request))
                .<HttpResponse<?>>map(file -> streamed.respond(request, HttpStatus.OK, TEXT, "series " + observationId, out -> {
                    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    file.writeTo(writer);
                }).header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\""))
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no series " + observationId).toResponse());
    }
}
