package fr.ozcar.insitu.web.export;

import fr.ozcar.insitu.export.dcat.DcatCatalogue;
import fr.ozcar.insitu.web.links.PublicBaseUrl;
import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The DCAT-AP 3 catalogue for harvesters, in Turtle (default), JSON-LD or RDF/XML by content negotiation
 * ({@code Accept}). Public: no role needed (it describes the datasets, never their rows).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class CatalogController {

    static final int MAX_PAGE_SIZE = 200;
    private static final List<Lang> OFFERED = List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES);

    private final DcatCatalogue catalogue;
    private final PublicBaseUrl baseUrl;

    public CatalogController(DcatCatalogue catalogue, PublicBaseUrl baseUrl) {
        this.catalogue = catalogue;
        this.baseUrl = baseUrl;
    }

    /** A page of the catalogue ({@code page} from 1, {@code size} up to {@value #MAX_PAGE_SIZE}, 50 by default). */
    @Get(uri = "/catalog", produces = MediaType.ALL)
    public HttpResponse<?> catalog(HttpRequest<?> request, @Nullable @QueryValue String page,
                                   @Nullable @QueryValue String size) {
        int number = positive(page, 1);
        int perPage = positive(size, 50);
        if (number < 1 || perPage < 1 || perPage > MAX_PAGE_SIZE) {
            return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", "page must be a whole number from 1, size from 1 to "
                    + MAX_PAGE_SIZE).toResponse();
        }
        return rdf(request, catalogue.page(baseUrl.of(request), number, perPage));
    }

    /** One dataset, as a catalogue holding only it. */
    @Get(uri = "/catalog/datasets/{datasetId}", produces = MediaType.ALL)
    public HttpResponse<?> dataset(HttpRequest<?> request, @PathVariable String datasetId) {
        return catalogue.dataset(baseUrl.of(request), datasetId)
                .<HttpResponse<?>>map(model -> rdf(request, model))
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no dataset " + datasetId).toResponse());
    }

    private static HttpResponse<?> rdf(HttpRequest<?> request, Model model) {
        Lang lang = negotiate(request.getHeaders().accept());
        if (lang == null) {
            return Problem.of(HttpStatus.NOT_ACCEPTABLE, "Not Acceptable", "the catalogue is offered as "
                    + OFFERED.stream().map(l -> l.getHeaderString()).toList()).toResponse();
        }
        StringWriter text = new StringWriter();
        RDFDataMgr.write(text, model, lang);
        return HttpResponse.ok(text.toString())
                .contentType(MediaType.of(lang.getHeaderString() + ";charset=utf-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** The first offered type the client accepts, in its order of preference; Turtle for any or none. */
    private static Lang negotiate(List<MediaType> accepted) {
        if (accepted.isEmpty()) {
            return Lang.TURTLE;
        }
        List<MediaType> byQuality = accepted.stream()
                .sorted((a, b) -> Double.compare(b.getQualityAsNumber().doubleValue(), a.getQualityAsNumber().doubleValue()))
                .toList();
        for (MediaType type : byQuality) {
            if (type.getName().equals("*/*") || type.getName().equals("text/*")) {
                return Lang.TURTLE;
            }
            for (Lang lang : OFFERED) {
                if (lang.getHeaderString().equalsIgnoreCase(type.getName())
                        || lang.getAltContentTypes().stream().anyMatch(alt -> alt.equalsIgnoreCase(type.getName()))) {
                    return lang;
                }
            }
        }
        return null;
    }

    private static int positive(String text, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        return text.matches("\\d{1,9}") ? Integer.parseInt(text) : -1;
    }
}
