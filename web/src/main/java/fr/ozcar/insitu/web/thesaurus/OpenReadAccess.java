package fr.ozcar.insitu.web.thesaurus;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * CORS open for reading the thesaurus: any web page may call the Skosmos API, the SPARQL endpoint and
 * the concept IRIs (they are public, read-only data).
 */
@ServerFilter({"/thesaurus/rest/**", "/thesaurus/sparql", "/ozcar-theia/**"})
public class OpenReadAccess {

    @ResponseFilter
    public void allowAnyOrigin(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getHeaders().contains(HttpHeaders.ORIGIN)) {
            return; // a browser's cross-origin request: answered by Micronaut's CORS filter (application.yml)
        }
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.OPTIONS
                || request.getPath().equals("/thesaurus/sparql")) {
            response.header("Access-Control-Allow-Origin", "*");
            response.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            response.header("Access-Control-Allow-Headers", "Accept, Content-Type");
        }
    }
}
