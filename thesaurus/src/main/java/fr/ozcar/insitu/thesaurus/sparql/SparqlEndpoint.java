package fr.ozcar.insitu.thesaurus.sparql;

import fr.ozcar.insitu.thesaurus.store.Vocabulary;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;

/**
 * A read-only SPARQL 1.1 query endpoint over all vocabularies: the default graph is the union of the
 * vocabularies' named graphs, which stay addressable with GRAPH. Updates are refused, every query has
 * a time limit, and SELECT/CONSTRUCT/DESCRIBE results are capped.
 */
public final class SparqlEndpoint {

    public static final String RESULTS_JSON = "application/sparql-results+json";
    public static final String RESULTS_XML = "application/sparql-results+xml";
    public static final String CSV = "text/csv";
    public static final String TSV = "text/tab-separated-values";
    /** application/json and application/xml: what clients predating the SPARQL media types ask for (Fuseki accepts them too). */
    private static final List<String> RESULT_TYPES = List.of(RESULTS_JSON, RESULTS_XML, CSV, TSV, "application/json", "application/xml");
    private static final List<String> GRAPH_TYPES = List.of(RdfSyntax.TURTLE, RdfSyntax.JSON_LD, RdfSyntax.RDF_XML,
            RdfSyntax.N_TRIPLES);

    /** A serialized answer. */
    public record Answer(String mediaType, byte[] body) {
    }

    private final VocabularyStore store;
    private final Duration timeout;
    private final long resultLimit;

    public SparqlEndpoint(VocabularyStore store, Duration timeout, long resultLimit) {
        this.store = store;
        this.timeout = timeout;
        this.resultLimit = resultLimit;
    }

    /**
     * A request of the SPARQL 1.1 protocol: the query, the {@code Accept} header, the {@code format} (or
     * {@code output}) parameter some clients send instead, and the RDF dataset
     * ({@code default-graph-uri}, {@code named-graph-uri}), which replaces the query's FROM / FROM NAMED.
     */
    public record Request(String query, String accept, String format, List<String> defaultGraphUris, List<String> namedGraphUris) {
        public Request {
            defaultGraphUris = defaultGraphUris == null ? List.of() : List.copyOf(defaultGraphUris);
            namedGraphUris = namedGraphUris == null ? List.of() : List.copyOf(namedGraphUris);
        }
    }

    /** Runs a query and serializes its result in the type the Accept header prefers. */
    public Answer query(String text, String accept) {
        return query(new Request(text, accept, null, List.of(), List.of()));
    }

    /** Runs a protocol request: its dataset, its result type by format parameter or Accept header. */
    public Answer query(Request request) {
        String accept = request.accept();
        Query query = parse(request.query());
        if (query.isSelectType() || query.isConstructType() || query.isDescribeType()) {
            if (!query.hasLimit() || query.getLimit() > resultLimit) {
                query.setLimit(resultLimit);
            }
        }
        boolean graph = query.isConstructType() || query.isDescribeType();
        List<String> producible = graph ? GRAPH_TYPES : RESULT_TYPES;
        String negotiated = request.format() != null && !request.format().isBlank()
                ? ofFormat(request.format(), graph).orElseThrow(() -> new SparqlException(400, "parameter format: unsupported: "
                        + request.format() + "; use one of " + String.join(", ", producible) + " or json, xml, csv, tsv, turtle, jsonld, rdfxml, nt"))
                : RdfSyntax.negotiate(accept, producible).orElseThrow(() -> new SparqlException(406,
                        "cannot answer this query in " + accept + "; available: " + String.join(", ", producible)));
        String type = switch (negotiated) {
            case "application/json" -> RESULTS_JSON;
            case "application/xml" -> RESULTS_XML;
            default -> negotiated;
        };
        try {
            return Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph dataset = dataset(query, request);
                if (query.hasDatasetDescription()) { // now in the dataset: Jena would apply FROM again on top of it
                    query.getGraphURIs().clear();
                    query.getNamedGraphURIs().clear();
                }
                try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                        .set(ARQ.httpServiceAllowed, false)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (query.isSelectType()) {
                        ResultSet results = execution.execSelect().materialise();
                        ResultSetMgr.write(out, results, resultLang(type));
                    } else if (query.isAskType()) {
                        ResultSetMgr.write(out, execution.execAsk(), resultLang(type));
                    } else {
                        Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                        RDFDataMgr.write(out, model, RdfSyntax.lang(type));
                    }
                    return new Answer(type, out.toByteArray());
                }
            });
        } catch (QueryCancelledException e) {
            throw new SparqlException(503, "the query ran longer than the " + timeout.toMillis()
                    + " ms limit and was cancelled; narrow it (patterns, LIMIT)");
        }
    }

    /**
     * The RDF dataset of a request: the protocol's graphs if it names any, else the query's FROM / FROM NAMED,
     * else every vocabulary (the default graph their union). Graphs are looked up in the store only (a graph
     * IRI we do not hold is an empty graph: nothing is fetched). Only vocabulary graphs can be named: any
     * other IRI, the store's own bookkeeping graph first, is dropped from the description, so that
     * {@code default-graph-uri}, {@code named-graph-uri}, FROM, FROM NAMED and GRAPH all see it empty.
     */
    private DatasetGraph dataset(Query query, Request request) {
        boolean byProtocol = !request.defaultGraphUris().isEmpty() || !request.namedGraphUris().isEmpty();
        List<String> vocabularies = store.vocabularies().stream().map(Vocabulary::graphIri).toList();
        DatasetDescription description;
        if (byProtocol) {
            description = DatasetDescription.create(vocabularyGraphs(request.defaultGraphUris()),
                    vocabularyGraphs(request.namedGraphUris()));
        } else if (query.hasDatasetDescription()) {
            description = DatasetDescription.create(vocabularyGraphs(query.getGraphURIs()),
                    vocabularyGraphs(query.getNamedGraphURIs()));
        } else {
            description = DatasetDescription.create(vocabularies, vocabularies);
        }
        if (description.isEmpty()) { // only hidden graphs named: Jena would read an empty description as "the whole store"
            return org.apache.jena.sparql.core.DatasetGraphFactory.empty();
        }
        return DynamicDatasets.dynamicDataset(description, store.dataset().asDatasetGraph(), false);
    }

    private static List<String> vocabularyGraphs(List<String> graphIris) {
        return graphIris.stream().filter(iri -> iri.startsWith(VocabularyStore.GRAPH_PREFIX)).toList();
    }

    /** A {@code format} parameter: a media type we produce or a short name (json, xml, csv, tsv, turtle, jsonld, rdfxml, nt). */
    private static java.util.Optional<String> ofFormat(String format, boolean graph) {
        String wanted = format.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!graph) {
            String type = switch (wanted) {
                case "json", "srj", RESULTS_JSON, "application/json" -> RESULTS_JSON;
                case "xml", "srx", RESULTS_XML, "application/xml" -> RESULTS_XML;
                case "csv", CSV -> CSV;
                case "tsv", TSV -> TSV;
                default -> null;
            };
            return java.util.Optional.ofNullable(type);
        }
        return RdfSyntax.ofFormat(wanted, GRAPH_TYPES);
    }

    private static Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SparqlException(400, "no query: give it as the query parameter or the request body");
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw new SparqlException(400, "SPARQL Update is not allowed: this endpoint is read-only");
            }
            // Jena's parser turns its own stack overflow (thousands of nested groups or brackets) into a message-less error
            throw new SparqlException(400, "invalid SPARQL query: " + (e.getMessage() != null ? e.getMessage()
                    : "nested too deeply to be parsed (groups or parentheses inside one another)"));
        }
        if (callsAService(query)) {
            // SERVICE makes the server fetch any URL a client names: a request forgery, not a thesaurus query.
            throw new SparqlException(400, "SERVICE (federated query) is not allowed: this endpoint only queries its own vocabularies");
        }
        return query;
    }

    private static boolean callsAService(Query query) {
        boolean[] found = {false};
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static org.apache.jena.riot.Lang resultLang(String type) {
        return switch (type) {
            case RESULTS_XML -> ResultSetLang.RS_XML;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
    }
}
