package fr.ozcar.insitu.web.catalogue;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.catalogue.CatalogueRecords;
import fr.ozcar.insitu.web.access.RequestViewer;
import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One producer, dataset or observation with what the pivot model holds about it (docs/api.md#records),
 * for the portal's pages and for scripts. Anyone may call them; first and last times leave out rows
 * under embargo unless the caller ({@link RequestViewer}) may see them (docs/security.md).
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CatalogueRecordController {

    private final CatalogueRecords records;
    private final RequestViewer viewers;

    public CatalogueRecordController(DataSource dataSource, EmbargoAccess embargo, RequestViewer viewers) {
        this.records = new CatalogueRecords(dataSource, embargo);
        this.viewers = viewers;
    }

    @Get(uri = "/producers/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> producer(HttpRequest<?> request, @PathVariable String id) throws SQLException {
        return answer(records.producer(id, viewers.of(request)), "producer", id);
    }

    @Get(uri = "/datasets/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> dataset(HttpRequest<?> request, @PathVariable String id) throws SQLException {
        return answer(records.dataset(id, viewers.of(request)), "dataset", id);
    }

    @Get(uri = "/observations/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> observation(HttpRequest<?> request, @PathVariable String id) throws SQLException {
        return answer(records.observation(id, viewers.of(request)), "observation", id);
    }

    private static HttpResponse<?> answer(Optional<String> json, String kind, String id) {
        return json.<HttpResponse<?>>map(body -> HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE))
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no " + kind + " " + id).toResponse());
    }
}
