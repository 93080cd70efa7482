package fr.ozcar.insitu.web.series;

import fr.ozcar.insitu.core.series.DataFileOptions;
import fr.ozcar.insitu.core.series.PivotDataFileWriter;
import fr.ozcar.insitu.core.series.Plot;
import fr.ozcar.insitu.core.series.PlotRequest;
import fr.ozcar.insitu.core.series.SeriesPlot;
import fr.ozcar.insitu.web.access.RequestViewer;
import fr.ozcar.insitu.web.problem.Problem;
import fr.ozcar.insitu.web.problem.QueryParameters;
import fr.ozcar.insitu.web.streaming.StreamedBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** A series as a pivot-format data file (what was deposited, read back from the database) and as a plot. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SeriesDataController {

    private static final MediaType TEXT = MediaType.of("text/plain;charset=utf-8");

    private final PivotDataFileWriter files;
    private final SeriesPlot plots;
    private final StreamedBody streamed;
    private final RequestViewer viewers;

    public SeriesDataController(DataSource dataSource, StreamedBody streamed, RequestViewer viewers) {
        this.files = new PivotDataFileWriter(dataSource);
        this.plots = new SeriesPlot(dataSource);
        this.streamed = streamed;
        this.viewers = viewers;
    }

    /** Anyone; rows under embargo only for those the embargo lets see them. */
    @Get(uri = "/api/series/{observationId}/data", produces = "text/plain")
    public HttpResponse<?> data(HttpRequest<?> request, @PathVariable String observationId,
                                @Nullable @QueryValue String from, @Nullable @QueryValue String to) throws SQLException {
        QueryParameters parameters = new QueryParameters();
        Instant start = parameters.instant("from", from);
        Instant end = parameters.instant("to", to);
        parameters.checkOrder(start, end);
        if (!parameters.allGood()) {
            return parameters.problem();
        }
        DataFileOptions window = new DataFileOptions(Instant.now(), Optional.ofNullable(start), Optional.ofNullable(end),
                false, List.of());
        return files.find(observationId)
                .<HttpResponse<?>>map(file -> streamed.respond(request, HttpStatus.OK, TEXT, "series " + observationId, out -> {
                    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    file.writeTo(writer, window);
                }).header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\""))
                .orElseGet(() -> notFound(observationId));
    }

    /**
     * The window [{@code from}, {@code to}] of a series downsampled in the database to at most
     * {@code maxPoints} buckets, or its raw rows when it holds fewer. Anyone; rows under embargo only for
     * those the embargo lets see them.
     */
    @Get(uri = "/api/series/{observationId}/plot", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> plot(HttpRequest<?> request, @PathVariable String observationId,
                                @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                @Nullable @QueryValue String maxPoints) throws SQLException {
        QueryParameters parameters = new QueryParameters();
        Instant start = parameters.instant("from", from);
        Instant end = parameters.instant("to", to);
        int max = parameters.integer("maxPoints", maxPoints, PlotRequest.DEFAULT_MAX_POINTS, 1,
                PlotRequest.LIMIT_MAX_POINTS);
        parameters.checkOrder(start, end);
        if (!parameters.allGood()) {
            return parameters.problem();
        }
        Optional<Plot> plot = plots.plot(observationId, new PlotRequest(start, end, max), viewers.of(request));
        return plot.<HttpResponse<?>>map(HttpResponse::ok).orElseGet(() -> notFound(observationId));
    }

    private static HttpResponse<?> notFound(String observationId) {
        return Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no series " + observationId).toResponse();
    }
}
