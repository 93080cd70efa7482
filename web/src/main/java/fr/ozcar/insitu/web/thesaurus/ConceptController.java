package fr.ozcar.insitu.web.thesaurus;

import fr.ozcar.insitu.thesaurus.page.ConceptPage;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import fr.ozcar.insitu.thesaurus.skosmos.SkosmosApi;
import fr.ozcar.insitu.thesaurus.skosmos.ThesaurusRequestException;
import fr.ozcar.insitu.thesaurus.sparql.RdfSyntax;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Our concept IRIs resolve here: https://w3id.org/ozcar-theia/{localName} redirects to
 * /ozcar-theia/{localName} on this server, which answers an HTML page to browsers and RDF (Turtle,
 * RDF/XML, JSON-LD, N-Triples) to clients asking for it.
 */
@Controller("/ozcar-theia")
@ExecuteOn(TaskExecutors.BLOCKING) // Jena reads the TDB2 store: never on the event loop
public class ConceptController {

    private static final List<String> TYPES = List.of(RdfSyntax.HTML, RdfSyntax.TURTLE, RdfSyntax.RDF_XML,
            RdfSyntax.JSON_LD, RdfSyntax.N_TRIPLES);

    private final SkosmosApi api;
    private final ConceptPage page;

    public ConceptController(SkosmosApi api, ConceptPage page) {
        this.api = api;
        this.page = page;
    }

    /** Produces any type as far as routing goes: {@link RdfSyntax#negotiate} decides, so that text/* or q-values work. */
    @Get(uri = "/{localName}", produces = MediaType.ALL)
    public HttpResponse<byte[]> concept(@PathVariable String localName, @Nullable @QueryValue String lang,
                                        @Nullable @QueryValue String format, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        String uri = SeedVocabulary.NAMESPACE + localName;
        String type = RdfSyntax.ofFormat(format, TYPES).or(() -> RdfSyntax.negotiate(accept, TYPES))
                .orElseThrow(() -> new ThesaurusRequestException(406, "no representation acceptable to " + accept + "; available: " + TYPES));
        if (!type.equals(RdfSyntax.HTML)) {
            return answer(HttpStatus.OK, RdfSyntax.write(api.data(null, uri), type), type);
        }
        if (api.findConcept(uri).isEmpty() && api.holderOf(uri).isEmpty()) {
            // thrown, not returned: Micronaut would replace a returned 404 by the global problem+json one
            throw new PageNotFound(page.notFound(uri, lang));
        }
        return answer(HttpStatus.OK, page.render(uri, lang).getBytes(StandardCharsets.UTF_8), type);
    }

    /** A browser asked for an IRI that names nothing: it gets an HTML page, not a problem document. */
    static final class PageNotFound extends RuntimeException {
        private final String html;

        PageNotFound(String html) {
            super("no such concept", null, false, false);
            this.html = html;
        }
    }

    @Error(exception = PageNotFound.class)
    public HttpResponse<byte[]> notFound(PageNotFound error) {
        return answer(HttpStatus.NOT_FOUND, error.html.getBytes(StandardCharsets.UTF_8), RdfSyntax.HTML);
    }

    private static HttpResponse<byte[]> answer(HttpStatus status, byte[] body, String type) {
        return HttpResponse.<byte[]>status(status).body(body).contentType(type + "; charset=utf-8").header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}
