package fr.ozcar.insitu.web.thesaurus;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.thesaurus.skosmos.SkosmosApi;
import fr.ozcar.insitu.thesaurus.skosmos.SkosmosApi.SearchRequest;
import fr.ozcar.insitu.thesaurus.skosmos.ThesaurusRequestException;
import fr.ozcar.insitu.thesaurus.sparql.RdfSyntax;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Arrays;
import java.util.List;

/** Skosmos REST v1 under /thesaurus/rest/v1: the paths, parameters and JSON-LD keys of Skosmos. */
@Controller("/thesaurus/rest/v1")
@ExecuteOn(TaskExecutors.BLOCKING) // Jena reads the TDB2 store: never on the event loop
public class SkosmosController {

    private static final List<String> DATA_TYPES = List.of(RdfSyntax.TURTLE, RdfSyntax.RDF_XML, RdfSyntax.JSON_LD,
            RdfSyntax.N_TRIPLES, "application/json");

    private final SkosmosApi api;

    public SkosmosController(SkosmosApi api) {
        this.api = api;
    }

    @Get(uri = "/vocabularies", produces = MediaType.APPLICATION_JSON)
    public JsonNode vocabularies(@Nullable @QueryValue String lang) {
        return api.vocabularies(lang);
    }

    @Get(uri = "/search", produces = MediaType.APPLICATION_JSON)
    public JsonNode search(@Nullable @QueryValue String query, @Nullable @QueryValue String lang,
                           @Nullable @QueryValue String labellang, @Nullable @QueryValue String vocab,
                           @Nullable @QueryValue String type, @Nullable @QueryValue String parent,
                           @Nullable @QueryValue String group, @Nullable @QueryValue String maxhits,
                           @Nullable @QueryValue String offset, @Nullable @QueryValue String unique) {
        return api.search(new SearchRequest(query, lang, labellang, words(vocab), words(type), parent, group,
                integer("maxhits", maxhits), integer("offset", offset), Boolean.parseBoolean(unique)));
    }

    @Get(uri = "/label", produces = MediaType.APPLICATION_JSON)
    public JsonNode label(@Nullable @QueryValue String uri, @Nullable @QueryValue String lang) {
        return api.label(null, uri, lang);
    }

    @Get(uri = "/types", produces = MediaType.APPLICATION_JSON)
    public JsonNode types(@Nullable @QueryValue String lang) {
        return api.types(null, lang);
    }

    @Get(uri = "/data", produces = {RdfSyntax.TURTLE, RdfSyntax.RDF_XML, RdfSyntax.JSON_LD, RdfSyntax.N_TRIPLES, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> data(@Nullable @QueryValue String uri, @Nullable @QueryValue String format,
                                     @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        return rdf(null, uri, format, accept);
    }

    @Get(uri = "/{vocid}", produces = MediaType.APPLICATION_JSON) // also answers /{vocid}/ (Micronaut ignores the trailing slash)
    public JsonNode vocabulary(@PathVariable String vocid, @Nullable @QueryValue String lang) {
        return api.vocabularyInfo(vocid, lang);
    }

    @Get(uri = "/{vocid}/types", produces = MediaType.APPLICATION_JSON)
    public JsonNode vocabularyTypes(@PathVariable String vocid, @Nullable @QueryValue String lang) {
        return api.types(vocid, lang);
    }

    @Get(uri = "/{vocid}/topConcepts", produces = MediaType.APPLICATION_JSON)
    public JsonNode topConcepts(@PathVariable String vocid, @Nullable @QueryValue String lang, @Nullable @QueryValue String scheme) {
        return api.topConcepts(vocid, lang, scheme);
    }

    @Get(uri = "/{vocid}/data", produces = {RdfSyntax.TURTLE, RdfSyntax.RDF_XML, RdfSyntax.JSON_LD, RdfSyntax.N_TRIPLES, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> vocabularyData(@PathVariable String vocid, @Nullable @QueryValue String uri,
                                               @Nullable @QueryValue String format, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        return rdf(vocid, uri, format, accept);
    }

    @Get(uri = "/{vocid}/search", produces = MediaType.APPLICATION_JSON)
    public JsonNode vocabularySearch(@PathVariable String vocid, @Nullable @QueryValue String query,
                                     @Nullable @QueryValue String lang, @Nullable @QueryValue String labellang,
                                     @Nullable @QueryValue String type,
                                     @Nullable @QueryValue String parent, @Nullable @QueryValue String group,
                                     @Nullable @QueryValue String maxhits, @Nullable @QueryValue String offset,
                                     @Nullable @QueryValue String unique) {
        api.catalog(vocid); // 404 for an unknown vocabulary before anything else
        // labellang is not in the swagger for this path, but Skosmos servers and their web UI use it here too
        return api.search(new SearchRequest(query, lang, labellang, List.of(vocid), words(type), parent, group,
                integer("maxhits", maxhits), integer("offset", offset), Boolean.parseBoolean(unique)));
    }

    @Get(uri = "/{vocid}/lookup", produces = MediaType.APPLICATION_JSON)
    public JsonNode lookup(@PathVariable String vocid, @Nullable @QueryValue String label, @Nullable @QueryValue String lang) {
        return api.lookup(vocid, label, lang);
    }

    @Get(uri = "/{vocid}/vocabularyStatistics", produces = MediaType.APPLICATION_JSON)
    public JsonNode vocabularyStatistics(@PathVariable String vocid, @Nullable @QueryValue String lang) {
        return api.vocabularyStatistics(vocid, lang);
    }

    @Get(uri = "/{vocid}/labelStatistics", produces = MediaType.APPLICATION_JSON)
    public JsonNode labelStatistics(@PathVariable String vocid, @Nullable @QueryValue String lang) {
        return api.labelStatistics(vocid, lang);
    }

    @Get(uri = "/{vocid}/index", produces = MediaType.APPLICATION_JSON)
    public JsonNode indexLetters(@PathVariable String vocid, @Nullable @QueryValue String lang) {
        return api.indexLetters(vocid, lang);
    }

    @Get(uri = "/{vocid}/index/{letter}", produces = MediaType.APPLICATION_JSON)
    public JsonNode index(@PathVariable String vocid, @PathVariable String letter, @Nullable @QueryValue String lang) {
        return api.indexConcepts(vocid, letter, lang);
    }

    @Get(uri = "/{vocid}/label", produces = MediaType.APPLICATION_JSON)
    public JsonNode vocabularyLabel(@PathVariable String vocid, @Nullable @QueryValue String uri, @Nullable @QueryValue String lang) {
        return api.label(vocid, uri, lang);
    }

    @Get(uri = "/{vocid}/broader", produces = MediaType.APPLICATION_JSON)
    public JsonNode broader(@PathVariable String vocid, @Nullable @QueryValue String uri, @Nullable @QueryValue String lang) {
        return api.broader(vocid, uri, lang);
    }

    @Get(uri = "/{vocid}/broaderTransitive", produces = MediaType.APPLICATION_JSON)
    public JsonNode broaderTransitive(@PathVariable String vocid, @Nullable @QueryValue String uri, @Nullable @QueryValue String lang) {
        return api.broaderTransitive(vocid, uri, lang);
    }

    @Get(uri = "/{vocid}/narrower", produces = MediaType.APPLICATION_JSON)
    public JsonNode narrower(@PathVariable String vocid, @Nullable @QueryValue String uri, @Nullable @QueryValue String lang) {
        return api.narrower(vocid, uri, lang);
    }

    @Get(uri = "/{vocid}/narrowerTransitive", produces = MediaType.APPLICATION_JSON)
    public JsonNode narrowerTransitive(@PathVariable String vocid, @Nullable @QueryValue String uri, @Nullable @QueryValue String lang) {
        return api.narrowerTransitive(vocid, uri, lang);
    }

    @Get(uri = "/{vocid}/related", produces = MediaType.APPLICATION_JSON)
    public JsonNode related(@PathVariable String vocid, @Nullable @QueryValue String uri, @Nullable @QueryValue String lang) {
        return api.related(vocid, uri, lang);
    }

    @Get(uri = "/{vocid}/children", produces = MediaType.APPLICATION_JSON)
    public JsonNode children(@PathVariable String vocid, @Nullable @QueryValue String uri, @Nullable @QueryValue String lang) {
        return api.children(vocid, uri, lang);
    }

    @Get(uri = "/{vocid}/groups", produces = MediaType.APPLICATION_JSON)
    public JsonNode groups(@PathVariable String vocid, @Nullable @QueryValue String lang) {
        return api.groups(vocid, lang);
    }

    @Get(uri = "/{vocid}/groupMembers", produces = MediaType.APPLICATION_JSON)
    public JsonNode groupMembers(@PathVariable String vocid, @Nullable @QueryValue String uri, @Nullable @QueryValue String lang) {
        return api.groupMembers(vocid, uri, lang);
    }

    @Get(uri = "/{vocid}/hierarchy", produces = MediaType.APPLICATION_JSON)
    public JsonNode hierarchy(@PathVariable String vocid, @Nullable @QueryValue String uri, @Nullable @QueryValue String lang) {
        return api.hierarchy(vocid, uri, lang);
    }

    @Get(uri = "/{vocid}/mappings", produces = MediaType.APPLICATION_JSON)
    public JsonNode mappings(@PathVariable String vocid, @Nullable @QueryValue String uri, @Nullable @QueryValue String lang,
                             @Nullable @QueryValue String clang, @Nullable @QueryValue String external) {
        return api.mappings(vocid, uri, lang, clang, external == null || Boolean.parseBoolean(external));
    }

    @Get(uri = "/{vocid}/new", produces = MediaType.APPLICATION_JSON)
    public JsonNode created(@PathVariable String vocid, @Nullable @QueryValue String lang, @Nullable @QueryValue String offset,
                            @Nullable @QueryValue String limit) {
        return api.changes(vocid, lang, integer("offset", offset), integer("limit", limit), false);
    }

    @Get(uri = "/{vocid}/modified", produces = MediaType.APPLICATION_JSON)
    public JsonNode modified(@PathVariable String vocid, @Nullable @QueryValue String lang, @Nullable @QueryValue String offset,
                             @Nullable @QueryValue String limit) {
        return api.changes(vocid, lang, integer("offset", offset), integer("limit", limit), true);
    }

    private HttpResponse<byte[]> rdf(String vocid, String uri, String format, String accept) {
        String type = RdfSyntax.ofFormat(format, DATA_TYPES)
                .or(() -> format == null ? RdfSyntax.negotiate(accept, DATA_TYPES) : java.util.Optional.empty())
                .orElseThrow(() -> format != null
                        ? ThesaurusRequestException.badParameter("format", "unsupported: " + format + "; use one of " + DATA_TYPES)
                        : new ThesaurusRequestException(406, "no RDF syntax acceptable to " + accept + "; available: " + DATA_TYPES));
        String mediaType = type.equals("application/json") ? RdfSyntax.JSON_LD : type;
        byte[] body = RdfSyntax.write(api.data(vocid, uri), mediaType);
        return HttpResponse.ok(body).contentType(mediaType + "; charset=utf-8").header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** Skosmos separates several values of vocab and type with spaces. */
    private static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
    }

    private static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ThesaurusRequestException.badParameter(name, "not an integer: " + value);
        }
    }
}
