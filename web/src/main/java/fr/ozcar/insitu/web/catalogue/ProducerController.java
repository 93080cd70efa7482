package fr.ozcar.insitu.web.catalogue;

import fr.ozcar.insitu.core.catalogue.ProducerCatalogue;
import fr.ozcar.insitu.core.catalogue.ProducerSummary;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

    public ProducerController(DataSource dataSource) {
        this.producers = new ProducerCatalogue(dataSource);
    }

    @Get
    public List<ProducerSummary> list() throws SQLException {
        return producers.list();
    }
}
