package fr.ozcar.insitu.web.thesaurus;

import fr.ozcar.insitu.thesaurus.sparql.SparqlEndpoint;
import fr.ozcar.insitu.thesaurus.sparql.SparqlException;
import fr.ozcar.insitu.web.work.WorkLane;
import fr.ozcar.insitu.web.work.WorkLanes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read-only SPARQL 1.1 query endpoint (protocol: GET ?query=, POST form or application/sparql-query). */
@Controller("/thesaurus/sparql")
@CrossOrigin(allowedOriginsRegex = "^.*$", allowedMethods = {HttpMethod.GET, HttpMethod.POST}, allowCredentials = false,
        allowedHeaders = {HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE}) // SPARQL clients in web pages POST long queries
@Produces(MediaType.ALL) // for routing: SparqlEndpoint negotiates, by query type, and explains a 406
@ExecuteOn(TaskExecutors.BLOCKING) // a query may compute for its whole timeout: never on the event loop
public class SparqlController {

    private final SparqlEndpoint endpoint;
    private final WorkLane queries;

    public SparqlController(SparqlEndpoint endpoint, @Named("sparql") WorkLane queries) {
        this.endpoint = endpoint;
        this.queries = queries;
    }

    @Get
    public HttpResponse<byte[]> get(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        return answer(request, request.getParameters().get("query"), accept, request.getParameters().asMap());
    }

    /**
     * POST as a form ({@code query=…}, with the dataset and format fields) or directly
     * ({@code application/sparql-query}, the dataset in the URL); an update is refused.
     */
    @Post
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, "application/sparql-query", "application/sparql-update"})
    public HttpResponse<byte[]> post(HttpRequest<?> request, @Nullable @Body String body,
                                     @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                                     @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim();
        if (type.equals("application/sparql-update")) {
            throw readOnly();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>(request.getParameters().asMap());
        if (!type.equals(MediaType.APPLICATION_FORM_URLENCODED)) {
            return answer(request, body, accept, parameters);
        }
        for (String pair : (body == null ? "" : body).split("&")) {
            int equals = pair.indexOf('=');
            String name = formDecoded(equals < 0 ? pair : pair.substring(0, equals));
            if (name.equals("update")) {
                throw readOnly();
            }
            if (equals >= 0) {
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(formDecoded(pair.substring(equals + 1)));
            }
        }
        return answer(request, first(parameters, "query"), accept, parameters);
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

    /** Runs the query in the {@code sparql} lane: a burst of heavy queries waits or is refused, never takes every core. */
    private HttpResponse<byte[]> answer(HttpRequest<?> request, String query, String accept, Map<String, List<String>> parameters) {
        String format = first(parameters, "format") != null ? first(parameters, "format") : first(parameters, "output");
        SparqlEndpoint.Answer answer;
        try (WorkLane.Permit permit = queries.enter(WorkLanes.client(request))) {
            answer = endpoint.query(new SparqlEndpoint.Request(query, accept, format,
                    parameters.getOrDefault("default-graph-uri", List.of()), parameters.getOrDefault("named-graph-uri", List.of())));
        }
        return HttpResponse.ok(answer.body()).contentType(answer.mediaType() + "; charset=utf-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
