package fr.ozcar.insitu.web.series;

import fr.ozcar.insitu.core.series.PivotDataFileWriter;
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

/** A series as a pivot-format data file: what was deposited, read back from the database. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SeriesDataController {

    private static final MediaType TEXT = MediaType.of("text/plain;charset=utf-8");

    private final PivotDataFileWriter files;
    private final StreamedBody streamed;

    public SeriesDataController(DataSource dataSource, StreamedBody streamed) {
        this.files = new PivotDataFileWriter(dataSource);
        this.streamed = streamed;
    }

    @Get(uri = "/api/series/{observationId}/data", produces = "text/plain")
    public HttpResponse<?> data(HttpRequest<?> request, @PathVariable String observationId) throws SQLException {
        return files.find(observationId)
                .<HttpResponse<?>>map(file -> streamed.respond(request, HttpStatus.OK, TEXT, "series " + observationId, out -> {
                    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    file.writeTo(writer);
                }).header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\""))
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no series " + observationId).toResponse());
    }
}
