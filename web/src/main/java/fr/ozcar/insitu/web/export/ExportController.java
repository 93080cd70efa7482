package fr.ozcar.insitu.web.export;

import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.export.ExportFile;
import fr.ozcar.insitu.export.ExportFormats;
import fr.ozcar.insitu.export.ExportOptions;
import fr.ozcar.insitu.export.ExportRefused;
import fr.ozcar.insitu.export.ExportScope;
import fr.ozcar.insitu.export.ExportScopes;
import fr.ozcar.insitu.web.access.RequestViewer;
import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.function.Function;

/**
 * Direct downloads for scripts, without a cart: a series or a whole dataset as CSV (pivot data-file layout; a
 * dataset gives a zip of one file per series) or NetCDF (CF-1.8 DSG timeSeries), for a time window. Anyone
 * may call them (anonymous included); rows under embargo are left out unless the caller is an administrator,
 * a data manager of the producer or a privileged user of the dataset. See docs/api.md and docs/export.md.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExportController {

    private final ExportFormats formats;
    private final ExportScopes scopes;
    private final RequestViewer viewers;
    private final Downloads downloads;

    public ExportController(ExportFormats formats, ExportScopes scopes, RequestViewer viewers, Downloads downloads) {
        this.formats = formats;
        this.scopes = scopes;
        this.viewers = viewers;
        this.downloads = downloads;
    }

    /** One series. Roles: none needed (anonymous callers get the rows outside embargo). */
    @Get("/api/series/{observationId}/export")
    public HttpResponse<?> series(HttpRequest<?> request, @PathVariable String observationId,
                                  @Nullable @QueryValue String format, @Nullable @QueryValue String from,
                                  @Nullable @QueryValue String to, @Nullable @QueryValue String missing,
                                  @Nullable @QueryValue String header) {
        ExportRequest export = ExportRequest.parse(formats, format, from, to, missing, header);
        Viewer viewer = viewers.of(request);
        return download(request, export, options -> scopes.series(observationId, options, viewer));
    }

    /** Every series of a dataset in one file. Roles: none needed (anonymous callers get the rows outside embargo). */
    @Get("/api/datasets/{datasetId}/export")
    public HttpResponse<?> dataset(HttpRequest<?> request, @PathVariable String datasetId,
                                   @Nullable @QueryValue String format, @Nullable @QueryValue String from,
                                   @Nullable @QueryValue String to, @Nullable @QueryValue String missing,
                                   @Nullable @QueryValue String header) {
        ExportRequest export = ExportRequest.parse(formats, format, from, to, missing, header);
        Viewer viewer = viewers.of(request);
        return download(request, export, options -> scopes.dataset(datasetId, options, viewer));
    }

    private HttpResponse<?> download(HttpRequest<?> request, ExportRequest export,
                                     Function<ExportOptions, ExportScope> scoping) {
        ExportScope scope = scoping.apply(export.options());
        ExportFile file = export.format().prepare(scope, export.options());
        return downloads.respond(request, file, DownloadTag.of(export, scope));
    }

    @Error(exception = ExportRequest.InvalidParameters.class)
    HttpResponse<Problem> invalid(ExportRequest.InvalidParameters e) {
        return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", "invalid export parameters")
                .withErrors(e.invalid()).toResponse();
    }

    @Error(exception = ExportRefused.class)
    HttpResponse<Problem> refused(ExportRefused e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case EMBARGOED -> HttpStatus.FORBIDDEN;
            case BAD_WINDOW -> HttpStatus.BAD_REQUEST;
            case NO_DATA_IN_WINDOW, NOT_IN_FORMAT -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return Problem.of(status, status.getReason(), e.getMessage())
                .withType("urn:insitu:export:" + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .toResponse();
    }
}
