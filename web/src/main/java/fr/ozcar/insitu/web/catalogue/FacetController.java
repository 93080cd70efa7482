package fr.ozcar.insitu.web.catalogue;

import fr.ozcar.insitu.core.catalogue.FacetNode;
import fr.ozcar.insitu.core.catalogue.VariableFacet;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The catalogue's facets. */
@Controller("/api/facets")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FacetController {

    private final VariableFacet variables;

    public FacetController(DataSource dataSource) {
        this.variables = new VariableFacet(dataSource);
    }

    /** Thesaurus categories down to variables, with the number of series under each. */
    @Get("/variables")
    public List<FacetNode> variables() throws SQLException {
        return variables.tree();
    }
}
