package fr.ozcar.insitu.web.thesaurus;

import fr.ozcar.insitu.thesaurus.page.ConceptPage;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import fr.ozcar.insitu.thesaurus.skosmos.SkosmosApi;
import fr.ozcar.insitu.thesaurus.skosmos.ThesaurusRequestException;
import fr.ozcar.insitu.thesaurus.sparql.RdfSyntax;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Our concept IRIs resolve here: https://w3id.org/ozcar-theia/{localName} redirects to
 * /ozcar-theia/{localName} on this server, which answers an HTML page to browsers and RDF (Turtle,
 * RDF/XML, JSON-LD, N-Triples) to clients asking for it.
 */
@Controller("/ozcar-theia")
public class ConceptController {

    private static final List<String> TYPES = List.of(RdfSyntax.HTML, RdfSyntax.TURTLE, RdfSyntax.RDF_XML,
            RdfSyntax.JSON_LD, RdfSyntax.N_TRIPLES);

    private final SkosmosApi api;
    private final ConceptPage page;

    public ConceptController(SkosmosApi api, ConceptPage page) {
        this.api = api;
        this.page = page;
    }

    @Get(uri = "/{localName}", produces = {RdfSyntax.HTML, RdfSyntax.TURTLE, RdfSyntax.RDF_XML, RdfSyntax.JSON_LD, RdfSyntax.N_TRIPLES})
    public HttpResponse<byte[]> concept(@PathVariable String localName, @Nullable @QueryValue String lang,
                                        @Nullable @QueryValue String format, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        String uri = SeedVocabulary.NAMESPACE + localName;
        String type = RdfSyntax.ofFormat(format, TYPES).or(() -> RdfSyntax.negotiate(accept, TYPES))
                .orElseThrow(() -> new ThesaurusRequestException(406, "no representation acceptable to " + accept + "; available: " + TYPES));
        byte[] body = type.equals(RdfSyntax.HTML)
                ? page.render(uri, lang).getBytes(StandardCharsets.UTF_8)
                : RdfSyntax.write(api.data(null, uri), type);
        return HttpResponse.ok(body).contentType(type + "; charset=utf-8").header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}
