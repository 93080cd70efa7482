package fr.ozcar.insitu.web.catalogue;

import fr.ozcar.insitu.core.catalogue.ProducerCatalogue;
import fr.ozcar.insitu.core.catalogue.ProducerSummary;
import fr.ozcar.insitu.core.catalogue.StationCatalogue;
import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The published producers, for the portal's home page and for scripts. */
@Controller("/api/producers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProducerController {

    private final ProducerCatalogue producers;
    private final StationCatalogue stations;

    public ProducerController(DataSource dataSource) {
        this.producers = new ProducerCatalogue(dataSource);
        this.stations = new StationCatalogue(dataSource);
    }

    @Get
    public List<ProducerSummary> list() throws SQLException {
        return producers.list();
    }

    /**
     * The producer's stations: position, what the importer derived (country, administrative units,
     * climate, geology, each with its source) and series. Anyone may call it (metadata, no
     * measurement); 404 problem for an unknown producer.
     */
    @Get("/{producerId}/stations")
    public HttpResponse<?> stations(@PathVariable String producerId) throws SQLException {
        return stations.ofProducer(producerId).<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no producer " + producerId).toResponse());
    }
}
