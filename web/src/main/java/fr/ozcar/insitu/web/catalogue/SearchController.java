package fr.ozcar.insitu.web.catalogue;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.catalogue.BoundingBox;
import fr.ozcar.insitu.core.catalogue.CatalogueSearch;
import fr.ozcar.insitu.core.catalogue.SearchFacet;
import fr.ozcar.insitu.core.catalogue.SearchList;
import fr.ozcar.insitu.core.catalogue.SearchQuery;
import fr.ozcar.insitu.web.access.RequestViewer;
import fr.ozcar.insitu.web.problem.QueryParameters;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The catalogue's faceted search, for the portal's search page and for scripts (docs/api.md#search).
 * Anyone may call it; first and last times (shown, sorted and filtered on) leave out rows under embargo
 * unless the caller ({@link RequestViewer}) may see them (docs/security.md).
 */
@Controller("/api/search")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SearchController {

    private static final Set<String> OTHER_PARAMETERS = Set.of("q", "from", "to", "bbox", "list", "sort", "page", "size");

    private final CatalogueSearch search;
    private final RequestViewer viewers;

    public SearchController(DataSource dataSource, EmbargoAccess embargo, RequestViewer viewers) {
        this.search = new CatalogueSearch(dataSource, embargo);
        this.viewers = viewers;
    }

    @Get
    public HttpResponse<?> search(HttpRequest<?> request) throws SQLException {
        HttpParameters query = request.getParameters();
        QueryParameters parameters = new QueryParameters();
        Map<SearchFacet, List<String>> selected = new EnumMap<>(SearchFacet.class);
        for (String name : query.names()) {
            SearchFacet.ofParameter(name).ifPresentOrElse(facet -> selected.put(facet, query.getAll(name)), () -> {
                if (!OTHER_PARAMETERS.contains(name)) {
                    parameters.reject(name, "unknown parameter");
                }
            });
        }
        Integer fromYear = parameters.integer("from", query.get("from"), null, 1, 9999);
        Integer toYear = parameters.integer("to", query.get("to"), null, 1, 9999);
        BoundingBox area = area(query.get("bbox"), parameters);
        SearchList list = SearchList.ofParameter(query.get("list", String.class, "observations")).orElse(null);
        if (list == null) {
            parameters.reject("list", "one of observations, datasets, producers");
            list = SearchList.OBSERVATIONS;
        }
        String sort = query.get("sort", String.class, "title");
        if (!list.sorts().contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
            parameters.reject("sort", "the " + list.parameter() + " sort by one of " + list.sorts()
                    + ", with - in front for descending");
            sort = "title";
        }
        int page = parameters.integer("page", query.get("page"), 1, 1, 1_000_000);
        int size = parameters.integer("size", query.get("size"), 20, 1, SearchQuery.MAX_SIZE);
        if (!parameters.allGood()) {
            return parameters.problem();
        }
        return HttpResponse.ok(search.search(new SearchQuery(query.get("q"), selected, fromYear, toYear, area,
                list, sort, page, size), viewers.of(request)));
    }

    private static BoundingBox area(String text, QueryParameters parameters) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",");
        try {
            if (parts.length == 4) {
                return new BoundingBox(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
            }
        } catch (IllegalArgumentException e) {
            // reported below with the expected form
        }
        parameters.reject("bbox", "'" + text + "' is not west,south,east,north in degrees, e.g. -5,42,8,51");
        return null;
    }
}
