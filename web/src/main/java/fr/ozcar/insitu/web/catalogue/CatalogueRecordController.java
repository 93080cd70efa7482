package fr.ozcar.insitu.web.catalogue;

import fr.ozcar.insitu.core.catalogue.CatalogueRecords;
import fr.ozcar.insitu.web.problem.Problem;
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
 * for the portal's pages and for scripts. Anyone may call them: metadata only.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CatalogueRecordController {

    private final CatalogueRecords records;

    public CatalogueRecordController(DataSource dataSource) {
        this.records = new CatalogueRecords(dataSource);
    }

    @Get(uri = "/producers/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> producer(@PathVariable String id) throws SQLException {
        return answer(records.producer(id), "producer", id);
    }

    @Get(uri = "/datasets/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> dataset(@PathVariable String id) throws SQLException {
        return answer(records.dataset(id), "dataset", id);
    }

    @Get(uri = "/observations/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> observation(@PathVariable String id) throws SQLException {
        return answer(records.observation(id), "observation", id);
    }

    private static HttpResponse<?> answer(Optional<String> json, String kind, String id) {
        return json.<HttpResponse<?>>map(body -> HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE))
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no " + kind + " " + id).toResponse());
    }
}
