package fr.ozcar.insitu.web.portal;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;

/**
 * The portal's page URLs ({@code /thesaurus/}, {@code /deposit/}, {@code /search}, {@code /observations/{id}}…)
 * answer with their folder's {@code index.html}: static-resource
 * serving does that for folders on disk (tests) but not inside the application jar, where a folder
 * entry would be served as an empty file.
 */
@Controller
public class PortalPages {

    private final ResourceResolver resources;

    public PortalPages(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get(uri = "/thesaurus", produces = MediaType.TEXT_HTML)
    public HttpResponse<StreamedFile> thesaurus() {
        return indexOf("thesaurus");
    }

    @Get(uri = "/deposit", produces = MediaType.TEXT_HTML)
    public HttpResponse<StreamedFile> deposit() {
        return indexOf("deposit");
    }

    /** The search page: its state is in the query string, read by the page's script. */
    @Get(uri = "/search", produces = MediaType.TEXT_HTML)
    public HttpResponse<StreamedFile> search() {
        return indexOf("search");
    }

    /** One page for the three kinds of record: its script reads the kind and the id from the path. */
    @Get(uri = "/{kind:producers|datasets|observations}/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<StreamedFile> record(String kind, String id) {
        return indexOf("record");
    }

    private HttpResponse<StreamedFile> indexOf(String folder) {
        return resources.getResource("classpath:public/" + folder + "/index.html")
                .map(url -> HttpResponse.ok(new StreamedFile(url)))
                .orElseGet(HttpResponse::notFound);
    }
}
