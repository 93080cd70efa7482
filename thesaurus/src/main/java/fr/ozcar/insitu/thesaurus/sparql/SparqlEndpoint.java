package fr.ozcar.insitu.thesaurus.sparql;

import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ARQ;
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
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
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
    private static final List<String> RESULT_TYPES = List.of(RESULTS_JSON, RESULTS_XML, CSV, TSV, "application/json");
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

    /** Runs a query and serializes its result in the type the Accept header prefers. */
    public Answer query(String text, String accept) {
        Query query = parse(text);
        if (query.isSelectType() || query.isConstructType() || query.isDescribeType()) {
            if (!query.hasLimit() || query.getLimit() > resultLimit) {
                query.setLimit(resultLimit);
            }
        }
        boolean graph = query.isConstructType() || query.isDescribeType();
        List<String> producible = graph ? GRAPH_TYPES : RESULT_TYPES;
        String type = RdfSyntax.negotiate(accept, producible).orElseThrow(() -> new SparqlException(406,
                "cannot answer this query in " + accept + "; available: " + String.join(", ", producible)));
        try {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query)
                        .set(TDB2.symUnionDefaultGraph, true)
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
                    return new Answer(type.equals("application/json") ? RESULTS_JSON : type, out.toByteArray());
                }
            });
        } catch (QueryCancelledException e) {
            throw new SparqlException(503, "the query ran longer than the " + timeout.toMillis()
                    + " ms limit and was cancelled; narrow it (patterns, LIMIT)");
        }
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
            throw new SparqlException(400, "invalid SPARQL query: " + e.getMessage());
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
