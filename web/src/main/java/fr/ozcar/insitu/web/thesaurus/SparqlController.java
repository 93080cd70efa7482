package fr.ozcar.insitu.web.thesaurus;

import fr.ozcar.insitu.thesaurus.sparql.SparqlEndpoint;
import fr.ozcar.insitu.thesaurus.sparql.SparqlException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.cors.CrossOrigin;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The read-only SPARQL 1.1 query endpoint (protocol: GET ?query=, POST form or application/sparql-query). */
@Controller("/thesaurus/sparql")
@CrossOrigin(allowedOriginsRegex = "^.*$", allowedMethods = {HttpMethod.GET, HttpMethod.POST}, allowCredentials = false,
        allowedHeaders = {HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE}) // SPARQL clients in web pages POST long queries
@Produces({SparqlEndpoint.RESULTS_JSON, SparqlEndpoint.RESULTS_XML, SparqlEndpoint.CSV, SparqlEndpoint.TSV,
        MediaType.APPLICATION_JSON, "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
public class SparqlController {

    private final SparqlEndpoint endpoint;

    public SparqlController(SparqlEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Get
    public HttpResponse<byte[]> get(@Nullable @QueryValue String query, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        return answer(query, accept);
    }

    /** POST as a form ({@code query=…}) or directly ({@code application/sparql-query}); an update is refused. */
    @Post
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, "application/sparql-query", "application/sparql-update"})
    public HttpResponse<byte[]> post(@Nullable @Body String body, @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                                     @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim();
        if (type.equals("application/sparql-update")) {
            throw readOnly();
        }
        if (!type.equals(MediaType.APPLICATION_FORM_URLENCODED)) {
            return answer(body, accept);
        }
        String query = null;
        for (String pair : (body == null ? "" : body).split("&")) {
            int equals = pair.indexOf('=');
            String name = formDecoded(equals < 0 ? pair : pair.substring(0, equals));
            if (name.equals("update")) {
                throw readOnly();
            }
            if (name.equals("query") && equals >= 0) {
                query = formDecoded(pair.substring(equals + 1));
            }
        }
        return answer(query, accept);
    }

    private static String formDecoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SparqlException(400, "the form body is not valid application/x-www-form-urlencoded: "
                    + "a '%' must be followed by two hexadecimal digits");
        }
    }

    private static SparqlException readOnly() {
        return new SparqlException(400, "SPARQL Update is not allowed: this endpoint is read-only");
    }

    private HttpResponse<byte[]> answer(String query, String accept) {
        SparqlEndpoint.Answer answer = endpoint.query(query, accept);
        return HttpResponse.ok(answer.body()).contentType(answer.mediaType() + "; charset=utf-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}
