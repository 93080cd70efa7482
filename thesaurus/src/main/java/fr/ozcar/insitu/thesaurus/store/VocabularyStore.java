package fr.ozcar.insitu.thesaurus.store;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vocabularies, one named graph each, in a Jena TDB2 dataset (a directory for the server, in
 * memory for tests), with an immutable in-memory {@link Vocabulary} per graph for readers.
 *
 * <p>A (re)load parses into a fresh model first: a file that does not parse throws
 * {@link InvalidVocabularyException} and leaves the version in service untouched. The new graph then
 * replaces the old one in ONE write transaction (TDB2 readers see the old or the new graph, never an
 * empty one), and only then is the reader snapshot swapped and are listeners told.
 */
public final class VocabularyStore implements AutoCloseable {

    public static final String GRAPH_PREFIX = "urn:x-insitu:vocabulary:";
    /** Where each vocabulary graph came from: {@code <graph> dcterms:source "…"}. */
    public static final String SOURCES_GRAPH = "urn:x-insitu:vocabulary-sources";
    private static final Node SOURCES = NodeFactory.createURI(SOURCES_GRAPH);
    private static final Pattern VOCABULARY_ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Logger LOG = LoggerFactory.getLogger(VocabularyStore.class);

    private final Dataset dataset;
    private final boolean onDisk;
    private final List<Consumer<Vocabulary>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, List<Requirement>> requirements = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Map<String, Vocabulary> vocabularies = Map.of();

    private VocabularyStore(Dataset dataset, boolean onDisk) {
        this.dataset = dataset;
        this.onDisk = onDisk;
        this.vocabularies = readAll(dataset);
    }

    /** A store persisted in a TDB2 directory (created if missing); vocabularies already there are in service at once. */
    public static VocabularyStore onDisk(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the thesaurus directory " + directory, e);
        }
        return new VocabularyStore(TDB2Factory.connectDataset(directory.toString()), true);
    }

    /** A store in memory (tests, benchmarks): same TDB2 transactions, nothing on disk. */
    public static VocabularyStore inMemory() {
        return new VocabularyStore(TDB2Factory.createDataset(), false);
    }

    /** Validates a vocabulary id (it appears in URL paths and graph names). */
    public static String checkId(String id) {
        if (id == null || !VOCABULARY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("vocabulary id must be lower-case letters, digits and '-', starting with a letter: " + id);
        }
        return id;
    }

    /**
     * What a vocabulary must hold for its users to keep working (the resolver needs variables, the pages
     * the I-ADOPT ontology): each problem found in a candidate model, as a sentence; none if it fits.
     */
    @FunctionalInterface
    public interface Requirement {
        List<String> problems(Model candidate);
    }

    /**
     * Every later (re)load of {@code id} must meet {@code requirement}; a file that does not is refused
     * before it touches the store, so the version in service (and what depends on it) stays.
     */
    public void require(String id, Requirement requirement) {
        requirements.computeIfAbsent(checkId(id), k -> new CopyOnWriteArrayList<>()).add(requirement);
    }

    /**
     * Parses a vocabulary and puts it into service in place of any previous version with that id.
     *
     * @param source a name for error messages (file name or URL)
     * @throws InvalidVocabularyException when it does not parse, holds no triple or misses what a
     *         {@link #require requirement} asks (every problem listed); the previous version stays in service
     */
    public synchronized Vocabulary load(String id, InputStream content, Lang lang, String source) {
        checkId(id);
        Model parsed = parse(content, lang, source);
        refuseMissingContent(id, parsed, source);
        String graphIri = GRAPH_PREFIX + id;
        Node graph = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            parsed.getGraph().find().forEach(t -> dataset.asDatasetGraph().add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            dataset.asDatasetGraph().deleteAny(SOURCES, graph, DCTerms.source.asNode(), Node.ANY);
            dataset.asDatasetGraph().add(SOURCES, graph, DCTerms.source.asNode(), NodeFactory.createLiteralString(source));
            // TDB2 keeps prefixes per dataset, not per graph: without this a restart serves RDF with full IRIs only
            dataset.asDatasetGraph().prefixes().putAll(parsed.getNsPrefixMap());
        });
        compact();
        Vocabulary loaded = new Vocabulary(id, graphIri, parsed, source, Instant.now());
        Map<String, Vocabulary> next = new LinkedHashMap<>(vocabularies);
        next.put(id, loaded);
        vocabularies = Collections.unmodifiableMap(next);
        LOG.info("vocabulary {} loaded from {}: {} triples", id, source, parsed.size());
        listeners.forEach(listener -> listener.accept(loaded));
        return loaded;
    }

    /**
     * A file with no skos:Concept put in place of a thesaurus would unresolve every series at once: it is
     * a wrong file (an ontology, another export), not a new version. Same for anything a registered
     * requirement misses; all problems are reported together.
     */
    private void refuseMissingContent(String id, Model parsed, String source) {
        List<String> problems = new java.util.ArrayList<>();
        Vocabulary current = vocabularies.get(id);
        if (current != null && current.model().contains(null, RDF.type, SKOS.Concept)
                && !parsed.contains(null, RDF.type, SKOS.Concept)) {
            problems.add("holds no skos:Concept, where vocabulary " + id
                    + " in service has concepts; refusing to replace a thesaurus with a file that is none");
        }
        requirements.getOrDefault(id, List.of()).forEach(requirement -> problems.addAll(requirement.problems(parsed)));
        if (!problems.isEmpty()) {
            throw new InvalidVocabularyException(source + ": " + String.join("; ", problems));
        }
    }

    /**
     * JSON-LD may name a remote {@code @context}; fetching it would let whoever uploads a file make the
     * server call any URL (and a vocabulary must not depend on a third-party site anyway): refused.
     */
    private static final JsonLdOptions LOCAL_JSON_LD = new JsonLdOptions((url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                "remote JSON-LD context " + url + " is not fetched: put the context inline in the file");
    });

    private static Model parse(InputStream stream, Lang lang, String source) {
        byte[] content;
        try {
            content = stream.readAllBytes();
        } catch (java.io.IOException e) {
            throw new InvalidVocabularyException(source + ": cannot be read: " + e.getMessage(), e);
        }
        UploadedText.check(content, lang, source);
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(new java.io.ByteArrayInputStream(content)).lang(lang).errorHandler(new StrictErrors(source))
                    .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, LOCAL_JSON_LD)).parse(model);
        } catch (RiotException e) {
            throw new InvalidVocabularyException(e.getMessage() != null && e.getMessage().startsWith(source)
                    ? e.getMessage() : source + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // the parsers recurse once per level of nesting: a hostile file nests until the stack is gone
            throw new InvalidVocabularyException(source + ": nested too deeply to be read (blank nodes, collections or "
                    + "JSON arrays inside one another, thousands of levels deep); no vocabulary needs that");
        }
        if (model.isEmpty()) {
            throw new InvalidVocabularyException(source + ": no triple found; refusing to replace a vocabulary with an empty one");
        }
        return model;
    }

    /** TDB2 never reuses the space of replaced triples: compact (online) so that reloads do not grow the directory. */
    private void compact() {
        if (onDisk) {
            try {
                DatabaseMgr.compact(dataset.asDatasetGraph(), true);
            } catch (RuntimeException e) {
                LOG.warn("could not compact the thesaurus store (the reload itself succeeded)", e);
            }
        }
    }

    /** The vocabulary in service with that id. */
    public Optional<Vocabulary> vocabulary(String id) {
        return Optional.ofNullable(vocabularies.get(id));
    }

    /** All vocabularies in service, in load order. */
    public List<Vocabulary> vocabularies() {
        return List.copyOf(vocabularies.values());
    }

    /** Called after every successful (re)load, on the loading thread. */
    public void onLoad(Consumer<Vocabulary> listener) {
        listeners.add(listener);
    }

    /** The underlying dataset, for SPARQL (read transactions only). */
    public Dataset dataset() {
        return dataset;
    }

    private static Map<String, Vocabulary> readAll(Dataset dataset) {
        Map<String, Vocabulary> found = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            Iterator<Node> names = dataset.asDatasetGraph().listGraphNodes();
            while (names.hasNext()) {
                Node name = names.next();
                if (name.isURI() && name.getURI().startsWith(GRAPH_PREFIX)) {
                    Model copy = ModelFactory.createDefaultModel();
                    copy.add(dataset.getNamedModel(name.getURI()));
                    copy.setNsPrefixes(dataset.asDatasetGraph().prefixes().getMapping());
                    String id = name.getURI().substring(GRAPH_PREFIX.length());
                    Iterator<org.apache.jena.sparql.core.Quad> source = dataset.asDatasetGraph().find(SOURCES, name, DCTerms.source.asNode(), Node.ANY);
                    String from = source.hasNext() ? source.next().getObject().getLiteralLexicalForm() : "unknown";
                    found.put(id, new Vocabulary(id, name.getURI(), copy, from, Instant.now()));
                }
            }
        });
        return Collections.unmodifiableMap(found);
    }

    @Override
    public void close() {
        dataset.close();
    }

    /** Turns every parser warning that loses data, and every error, into a located failure. */
    private record StrictErrors(String source) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            LOG.warn("{}", located(message, line, col));
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(located(message, line, col));
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException(located(message, line, col));
        }

        private String located(String message, long line, long col) {
            return line > 0 ? source + " line " + line + ", column " + col + ": " + message : source + ": " + message;
        }
    }
}
