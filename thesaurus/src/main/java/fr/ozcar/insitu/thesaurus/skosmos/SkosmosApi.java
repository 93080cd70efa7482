package fr.ozcar.insitu.thesaurus.skosmos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ozcar.insitu.thesaurus.skosmos.ConceptCatalog.Concept;
import fr.ozcar.insitu.thesaurus.skosmos.ConceptCatalog.Label;
import fr.ozcar.insitu.thesaurus.store.Vocabulary;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The Skosmos REST v1 API without HTTP: each method answers one path with the JSON-LD structure
 * (same keys as Skosmos) or, for {@code data}, an RDF model. Unknown vocabularies and concepts and
 * invalid parameters raise {@link ThesaurusRequestException}.
 */
public final class SkosmosApi {

    public static final String SKOS_NS = SKOS.getURI();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_MAX_HITS = 100;
    private static final int MAX_HITS = 1000;
    private static final List<String> MAPPINGS = List.of("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch");

    private final VocabularyStore store;
    private final Map<String, ConceptCatalog> catalogs = new ConcurrentHashMap<>();

    public SkosmosApi(VocabularyStore store) {
        this.store = store;
    }

    // ------------------------------------------------------------------ global

    /** GET /vocabularies */
    public ObjectNode vocabularies(String lang) {
        ObjectNode root = root(lang);
        root.put("uri", "");
        ArrayNode list = root.putArray("vocabularies");
        for (Vocabulary vocabulary : store.vocabularies()) {
            ObjectNode item = list.addObject();
            item.put("uri", vocabulary.id());
            item.put("id", vocabulary.id());
            item.put("title", title(vocabulary, lang));
        }
        return root;
    }

    /** GET /search and /{vocid}/search */
    public ObjectNode search(SearchRequest request) {
        if (request.query() == null || request.query().isBlank()) {
            throw ThesaurusRequestException.badParameter("query", "is required");
        }
        int maxHits = request.maxHits() == null ? DEFAULT_MAX_HITS : request.maxHits();
        int offset = request.offset() == null ? 0 : request.offset();
        if (maxHits < 0 || maxHits > MAX_HITS) {
            throw ThesaurusRequestException.badParameter("maxhits", "must be between 0 and " + MAX_HITS);
        }
        if (offset < 0) {
            throw ThesaurusRequestException.badParameter("offset", "must not be negative");
        }
        List<ConceptCatalog> searched = request.vocabularies().isEmpty()
                ? store.vocabularies().stream().map(this::catalog).toList()
                : request.vocabularies().stream().map(this::catalog).toList();
        Predicate<String> matches = matcher(request.query());
        String exact = ConceptCatalog.fold(request.query().replace("*", ""));
        Set<String> types = request.types().stream().map(SkosmosJsonLd::expand).collect(Collectors.toSet());
        String labelLang = request.labelLang() != null ? request.labelLang() : request.lang() != null ? request.lang() : "en";
        record Hit(ConceptCatalog catalog, Concept concept, Label label) {
        }
        List<Hit> hits = new ArrayList<>();
        for (ConceptCatalog catalog : searched) {
            for (Concept concept : catalog.concepts()) {
                if (!types.isEmpty() && concept.types().stream().noneMatch(types::contains)) {
                    continue;
                }
                if (request.parent() != null && !catalog.isUnder(concept, request.parent())) {
                    continue;
                }
                if (request.group() != null && !concept.groups().contains(request.group())) {
                    continue;
                }
                for (Label label : concept.labels()) {
                    if ((request.lang() == null || label.lang().equalsIgnoreCase(request.lang())) && matches.test(label.folded())) {
                        hits.add(new Hit(catalog, concept, label));
                        if (request.unique()) {
                            break;
                        }
                    }
                }
            }
        }
        hits.sort(Comparator.<Hit>comparingInt(h -> h.label().folded().equals(exact) ? 0 : 1)
                .thenComparingInt(h -> h.label().kind().equals("prefLabel") ? 0 : 1)
                .thenComparing(h -> h.label().folded())
                .thenComparing(h -> h.concept().uri()));
        ObjectNode root = root(request.lang());
        root.put("uri", "");
        ArrayNode results = root.putArray("results");
        hits.stream().skip(offset).limit(maxHits).forEach(hit -> {
            ObjectNode result = results.addObject();
            result.put("uri", hit.concept().uri());
            ArrayNode typeList = result.putArray("type");
            hit.concept().types().forEach(t -> typeList.add(SkosmosJsonLd.compact(t)));
            String lang = hit.label().lang();
            String prefLabel = hit.concept().prefLabel(request.labelLang() != null ? labelLang : lang);
            result.put("prefLabel", prefLabel);
            if (!hit.label().kind().equals("prefLabel")) {
                result.put(hit.label().kind(), hit.label().text());
            } else if (!hit.label().text().equals(prefLabel)) {
                // labellang asked for another language than the one that matched: Skosmos names the match so
                result.put("matchedPrefLabel", hit.label().text());
            }
            result.put("lang", lang);
            if (hit.concept().notation() != null) {
                result.put("notation", hit.concept().notation());
            }
            result.put("vocab", hit.catalog().vocabulary().id());
        });
        return root;
    }

    /** The parameters of a search. */
    public record SearchRequest(String query, String lang, String labelLang, List<String> vocabularies, List<String> types,
                                String parent, String group, Integer maxHits, Integer offset, boolean unique) {
        public SearchRequest {
            vocabularies = vocabularies == null ? List.of() : vocabularies;
            types = types == null ? List.of() : types;
        }

        public static SearchRequest of(String query) {
            return new SearchRequest(query, null, null, List.of(), List.of(), null, null, null, null, false);
        }
    }

    /** GET /label (any vocabulary) and /{vocid}/label */
    public ObjectNode label(String vocid, String uri, String lang) {
        Located located = locate(vocid, uri);
        ObjectNode root = root(lang);
        root.put("uri", uri);
        String language = lang == null ? "en" : lang;
        root.put("prefLabel", located.concept().prefLabel(language));
        List<String> alt = located.concept().labels("altLabel", language);
        if (!alt.isEmpty()) {
            alt.forEach(root.putArray("altLabel")::add);
        }
        List<String> hidden = located.concept().labels("hiddenLabel", language);
        if (!hidden.isEmpty()) {
            hidden.forEach(root.putArray("hiddenLabel")::add);
        }
        return root;
    }

    /** GET /types and /{vocid}/types */
    public ObjectNode types(String vocid, String lang) {
        List<ConceptCatalog> searched = vocid == null ? store.vocabularies().stream().map(this::catalog).toList() : List.of(catalog(vocid));
        Set<String> types = new TreeSet<>();
        searched.forEach(c -> c.concepts().forEach(concept -> types.addAll(concept.types())));
        ObjectNode root = root(lang);
        root.put("uri", "");
        ArrayNode list = root.putArray("types");
        for (String type : types) {
            ObjectNode item = list.addObject();
            item.put("uri", type);
            String label = searched.stream().map(c -> classLabel(c.vocabulary().model(), type, lang)).filter(Objects::nonNull)
                    .findFirst().orElse(localName(type));
            item.put("label", label);
            searched.stream().map(c -> c.vocabulary().model().getResource(type).getPropertyResourceValue(RDFS.subClassOf))
                    .filter(Objects::nonNull).findFirst().ifPresent(s -> item.put("superclass", s.getURI()));
        }
        return root;
    }

    /** GET /data?uri= (any vocabulary) and /{vocid}/data: the concept's description, or the whole vocabulary. */
    public Model data(String vocid, String uri) {
        if (uri == null) {
            if (vocid == null) {
                throw ThesaurusRequestException.badParameter("uri", "is required");
            }
            return vocabulary(vocid).model();
        }
        if (vocid == null && findConcept(uri).isEmpty()) {
            // not a concept (the scheme, a collection, a class or property of ours): describe it all the same
            return holderOf(uri).map(v -> describe(v.model(), uri))
                    .orElseThrow(() -> ThesaurusRequestException.unknownConcept(uri, null));
        }
        Located located = locate(vocid, uri);
        return describe(located.catalog().vocabulary().model(), uri);
    }

    /** The vocabulary that says something about {@code uri}, concept or not. */
    public Optional<Vocabulary> holderOf(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        return store.vocabularies().stream()
                .filter(v -> v.model().listStatements(v.model().createResource(uri), null, (RDFNode) null).hasNext())
                .findFirst();
    }

    /** The concept's own statements and the labels of the concepts it links to (enough to render it). */
    public static Model describe(Model model, String uri) {
        Model described = ModelFactory.createDefaultModel();
        described.setNsPrefixes(model.getNsPrefixMap());
        Resource subject = model.getResource(uri);
        for (Statement statement : subject.listProperties().toList()) {
            described.add(statement);
            if (statement.getObject().isURIResource()) {
                model.listStatements(statement.getObject().asResource(), SKOS.prefLabel, (RDFNode) null).forEach(described::add);
            } else if (statement.getObject().isAnon()) {
                described.add(statement.getObject().asResource().listProperties());
            }
        }
        return described;
    }

    // ------------------------------------------------------------------ per vocabulary

    /** GET /{vocid}/ */
    public ObjectNode vocabularyInfo(String vocid, String lang) {
        ConceptCatalog catalog = catalog(vocid);
        Model model = catalog.vocabulary().model();
        ObjectNode root = root(lang);
        root.put("uri", vocid);
        root.put("id", vocid);
        root.put("marcSource", "");
        root.put("title", title(catalog.vocabulary(), lang));
        root.put("defaultLanguage", "en");
        ArrayNode languages = root.putArray("languages");
        catalog.languages().forEach(languages::add);
        ArrayNode schemes = root.putArray("conceptschemes");
        for (String scheme : catalog.schemes()) {
            Resource resource = model.getResource(scheme);
            ObjectNode item = schemes.addObject();
            item.put("uri", scheme);
            item.put("type", "skos:ConceptScheme");
            putIfPresent(item, "prefLabel", literal(resource, SKOS.prefLabel, lang));
            putIfPresent(item, "label", literal(resource, RDFS.label, lang));
            putIfPresent(item, "title", literal(resource, DCTerms.title, lang));
        }
        return root;
    }

    /** GET /{vocid}/topConcepts */
    public ObjectNode topConcepts(String vocid, String lang, String scheme) {
        ConceptCatalog catalog = catalog(vocid);
        String conceptScheme = scheme != null ? scheme : catalog.schemes().stream().findFirst().orElse("");
        ObjectNode root = root(lang);
        root.put("uri", conceptScheme);
        ArrayNode list = root.putArray("topconcepts");
        catalog.concepts().stream().filter(Concept::top).sorted(byLabel(lang)).forEach(concept -> {
            ObjectNode item = list.addObject();
            item.put("uri", concept.uri());
            item.put("label", concept.prefLabel(language(lang)));
            item.put("topConceptOf", conceptScheme);
            putIfPresent(item, "notation", concept.notation());
            item.put("hasChildren", !concept.narrower().isEmpty());
        });
        return root;
    }

    /** GET /{vocid}/lookup: concepts whose label is exactly {@code label} (case-insensitive), preferred labels first. */
    public ObjectNode lookup(String vocid, String label, String lang) {
        if (label == null || label.isBlank()) {
            throw ThesaurusRequestException.badParameter("label", "is required");
        }
        ConceptCatalog catalog = catalog(vocid);
        String folded = ConceptCatalog.fold(label);
        ObjectNode root = root(lang);
        ArrayNode results = root.putArray("result");
        for (String kind : List.of("prefLabel", "altLabel", "hiddenLabel")) {
            for (Concept concept : catalog.concepts()) {
                for (Label candidate : concept.labels()) {
                    if (candidate.kind().equals(kind) && candidate.folded().equals(folded)
                            && (lang == null || candidate.lang().equalsIgnoreCase(lang))) {
                        ObjectNode item = results.addObject();
                        item.put("uri", concept.uri());
                        ArrayNode typeList = item.putArray("type");
                        concept.types().forEach(t -> typeList.add(SkosmosJsonLd.compact(t)));
                        item.put("prefLabel", concept.prefLabel(candidate.lang()));
                        if (!kind.equals("prefLabel")) {
                            item.put(kind, candidate.text());
                        }
                        item.put("lang", candidate.lang());
                        item.put("vocab", vocid);
                        break;
                    }
                }
            }
            if (!results.isEmpty()) {
                break;
            }
        }
        if (results.isEmpty()) {
            throw new ThesaurusRequestException(404, "no concept labelled \"" + label + "\" in vocabulary " + vocid);
        }
        return root;
    }

    /** GET /{vocid}/vocabularyStatistics */
    public ObjectNode vocabularyStatistics(String vocid, String lang) {
        ConceptCatalog catalog = catalog(vocid);
        ObjectNode root = root(lang);
        root.put("id", vocid);
        root.put("title", title(catalog.vocabulary(), lang));
        ObjectNode concepts = root.putObject("concepts");
        concepts.put("class", SKOS_NS + "Concept");
        concepts.put("label", "Concept");
        concepts.put("count", catalog.concepts().size());
        concepts.put("deprecatedCount", catalog.concepts().stream().filter(Concept::deprecated).count());
        ArrayNode subTypes = root.putArray("subTypes");
        Map<String, long[]> byType = new TreeMap<>();
        catalog.concepts().forEach(c -> c.types().stream().filter(t -> !t.equals(SKOS_NS + "Concept")).forEach(t -> {
            long[] counts = byType.computeIfAbsent(t, k -> new long[2]);
            counts[0]++;
            counts[1] += c.deprecated() ? 1 : 0;
        }));
        byType.forEach((type, counts) -> {
            ObjectNode item = subTypes.addObject();
            item.put("type", type);
            item.put("label", Optional.ofNullable(classLabel(catalog.vocabulary().model(), type, lang)).orElse(localName(type)));
            item.put("count", counts[0]);
            item.put("deprecatedCount", counts[1]);
        });
        ObjectNode groups = root.putObject("conceptGroups");
        groups.put("class", SKOS_NS + "Collection");
        groups.put("label", "Collection");
        groups.put("count", catalog.groups().size());
        groups.put("deprecatedCount", 0);
        root.set("conceptsGroups", groups.deepCopy()); // the key the Skosmos swagger documents
        return root;
    }

    /** GET /{vocid}/labelStatistics */
    public ObjectNode labelStatistics(String vocid, String lang) {
        ConceptCatalog catalog = catalog(vocid);
        ObjectNode root = root(lang);
        root.put("uri", vocid);
        root.put("id", vocid);
        root.put("title", title(catalog.vocabulary(), lang));
        ArrayNode languages = root.putArray("languages");
        for (String language : catalog.languages()) {
            ObjectNode item = languages.addObject();
            item.put("language", language);
            item.put("literal", Locale.forLanguageTag(language).getDisplayLanguage(Locale.forLanguageTag(language(lang))));
            ArrayNode properties = item.putArray("properties");
            for (String kind : List.of("prefLabel", "altLabel", "hiddenLabel")) {
                ObjectNode count = properties.addObject();
                count.put("property", "skos:" + kind);
                count.put("labels", catalog.concepts().stream().flatMap(c -> c.labels().stream())
                        .filter(l -> l.kind().equals(kind) && l.lang().equals(language)).count());
            }
        }
        return root;
    }

    /** GET /{vocid}/index/ */
    public ObjectNode indexLetters(String vocid, String lang) {
        ConceptCatalog catalog = catalog(vocid);
        Set<String> letters = new TreeSet<>();
        catalog.concepts().forEach(c -> indexLabels(c, lang).forEach(l -> letters.add(letterOf(l))));
        ObjectNode root = root(lang);
        root.put("uri", vocid);
        ArrayNode list = root.putArray("indexLetters");
        letters.forEach(list::add);
        return root;
    }

    /** GET /{vocid}/index/{letter} */
    public ObjectNode indexConcepts(String vocid, String letter, String lang) {
        ConceptCatalog catalog = catalog(vocid);
        if (letter == null || letter.isBlank()) {
            throw ThesaurusRequestException.badParameter("letter", "is required");
        }
        String wanted = letter.toUpperCase(Locale.ROOT);
        ObjectNode root = root(lang);
        root.put("uri", vocid);
        ArrayNode list = root.putArray("indexConcepts");
        List<ObjectNode> items = new ArrayList<>();
        for (Concept concept : catalog.concepts()) {
            for (Label label : indexLabels(concept, lang)) {
                if (letterOf(label).equals(wanted)) {
                    ObjectNode item = JSON.createObjectNode();
                    item.put("uri", concept.uri());
                    if (label.kind().equals("prefLabel")) {
                        item.put("prefLabel", label.text());
                    } else {
                        item.put("prefLabel", concept.prefLabel(label.lang()));
                        item.put("altLabel", label.text());
                    }
                    item.put("lang", label.lang());
                    items.add(item);
                }
            }
        }
        items.sort(Comparator.comparing(i -> ConceptCatalog.fold(i.has("altLabel") ? i.get("altLabel").asText() : i.get("prefLabel").asText())));
        list.addAll(items);
        return root;
    }

    private static List<Label> indexLabels(Concept concept, String lang) {
        String language = language(lang);
        return concept.labels().stream().filter(l -> !l.kind().equals("hiddenLabel") && l.lang().equalsIgnoreCase(language)).toList();
    }

    private static String letterOf(Label label) {
        String first = label.folded().isEmpty() ? "" : label.folded().substring(0, 1).toUpperCase(Locale.ROOT);
        if (first.matches("[A-Z]")) {
            return first;
        }
        return first.matches("[0-9]") ? "0-9" : "!*";
    }

    /** GET /{vocid}/broader */
    public ObjectNode broader(String vocid, String uri, String lang) {
        Located located = locate(vocid, uri);
        ObjectNode root = root(lang);
        root.put("uri", uri);
        ArrayNode list = root.putArray("broader");
        located.concept().broader().forEach(b -> prefAndUri(list.addObject(), located.catalog(), b, lang));
        return root;
    }

    /** GET /{vocid}/broaderTransitive */
    public ObjectNode broaderTransitive(String vocid, String uri, String lang) {
        Located located = locate(vocid, uri);
        ObjectNode root = root(lang);
        root.put("uri", uri);
        ArrayNode list = root.putArray("broaderTransitive");
        List<Concept> chain = new ArrayList<>();
        chain.add(located.concept());
        chain.addAll(located.catalog().ancestors(located.concept()));
        for (Concept concept : chain) {
            ObjectNode item = list.addObject();
            item.put("uri", concept.uri());
            item.put("prefLabel", concept.prefLabel(language(lang)));
            if (!concept.broader().isEmpty()) {
                ArrayNode broader = item.putArray("broader");
                concept.broader().forEach(broader::add);
            }
        }
        return root;
    }

    /** GET /{vocid}/narrower */
    public ObjectNode narrower(String vocid, String uri, String lang) {
        Located located = locate(vocid, uri);
        ObjectNode root = root(lang);
        root.put("uri", uri);
        ArrayNode list = root.putArray("narrower");
        sorted(located.catalog(), located.concept().narrower(), lang).forEach(n -> prefAndUri(list.addObject(), located.catalog(), n.uri(), lang));
        return root;
    }

    /** GET /{vocid}/narrowerTransitive */
    public ObjectNode narrowerTransitive(String vocid, String uri, String lang) {
        Located located = locate(vocid, uri);
        ObjectNode root = root(lang);
        root.put("uri", uri);
        ArrayNode list = root.putArray("narrowerTransitive");
        List<Concept> frontier = new ArrayList<>(List.of(located.concept()));
        Set<String> seen = new java.util.HashSet<>();
        while (!frontier.isEmpty()) {
            Concept concept = frontier.remove(0);
            if (!seen.add(concept.uri())) {
                continue;
            }
            ObjectNode item = list.addObject();
            item.put("uri", concept.uri());
            item.put("prefLabel", concept.prefLabel(language(lang)));
            ArrayNode narrower = item.putArray("narrower");
            concept.narrower().forEach(narrower::add);
            frontier.addAll(sorted(located.catalog(), concept.narrower(), lang));
        }
        return root;
    }

    /** GET /{vocid}/related */
    public ObjectNode related(String vocid, String uri, String lang) {
        Located located = locate(vocid, uri);
        ObjectNode root = root(lang);
        root.put("uri", uri);
        ArrayNode list = root.putArray("related");
        located.concept().related().forEach(r -> prefAndUri(list.addObject(), located.catalog(), r, lang));
        return root;
    }

    /** GET /{vocid}/children */
    public ObjectNode children(String vocid, String uri, String lang) {
        Located located = locate(vocid, uri);
        ObjectNode root = root(lang);
        root.put("uri", uri);
        ArrayNode list = root.putArray("narrower");
        sorted(located.catalog(), located.concept().narrower(), lang).forEach(child -> {
            ObjectNode item = list.addObject();
            item.put("uri", child.uri());
            item.put("prefLabel", child.prefLabel(language(lang)));
            putIfPresent(item, "notation", child.notation());
            item.put("hasChildren", !child.narrower().isEmpty());
        });
        return root;
    }

    /** GET /{vocid}/groups */
    public ObjectNode groups(String vocid, String lang) {
        ConceptCatalog catalog = catalog(vocid);
        ObjectNode root = root(lang);
        root.put("uri", "");
        ArrayNode list = root.putArray("groups");
        for (ConceptCatalog.Group group : catalog.groups().values()) {
            ObjectNode item = list.addObject();
            item.put("uri", group.uri());
            item.put("prefLabel", groupLabel(group, lang));
            item.put("hasMembers", !group.members().isEmpty());
            List<String> childGroups = group.members().stream().filter(catalog.groups()::containsKey).toList();
            if (!childGroups.isEmpty()) {
                childGroups.forEach(item.putArray("childGroups")::add);
            }
        }
        return root;
    }

    /** GET /{vocid}/groupMembers */
    public ObjectNode groupMembers(String vocid, String uri, String lang) {
        ConceptCatalog catalog = catalog(vocid);
        ConceptCatalog.Group group = catalog.groups().get(uri);
        if (group == null) {
            throw new ThesaurusRequestException(404, "no group <" + uri + "> in vocabulary " + vocid);
        }
        ObjectNode root = root(lang);
        root.put("uri", uri);
        ArrayNode list = root.putArray("members");
        for (String member : group.members()) {
            ObjectNode item = list.addObject();
            item.put("uri", member);
            ConceptCatalog.Group subgroup = catalog.groups().get(member);
            Optional<Concept> concept = catalog.concept(member);
            ArrayNode typeList = item.putArray("type");
            if (subgroup != null) {
                typeList.add("skos:Collection");
                item.put("prefLabel", groupLabel(subgroup, lang));
                item.put("isSuper", true);
                item.put("hasMembers", !subgroup.members().isEmpty());
            } else {
                concept.ifPresent(c -> c.types().forEach(t -> typeList.add(SkosmosJsonLd.compact(t))));
                item.put("prefLabel", concept.map(c -> c.prefLabel(language(lang))).orElse(localName(member)));
                item.put("isSuper", false);
                item.put("hasMembers", false);
            }
        }
        return root;
    }

    /** GET /{vocid}/hierarchy: the concept's ancestors, each with its children, for a tree opened on it. */
    public ObjectNode hierarchy(String vocid, String uri, String lang) {
        Located located = locate(vocid, uri);
        ConceptCatalog catalog = located.catalog();
        ObjectNode root = root(lang);
        root.put("uri", uri);
        ArrayNode list = root.putArray("broaderTransitive");
        List<Concept> chain = new ArrayList<>();
        chain.add(located.concept());
        chain.addAll(catalog.ancestors(located.concept()));
        String scheme = catalog.schemes().stream().findFirst().orElse(null);
        for (Concept concept : chain) {
            ObjectNode item = list.addObject();
            item.put("uri", concept.uri());
            item.put("prefLabel", concept.prefLabel(language(lang)));
            putIfPresent(item, "notation", concept.notation());
            if (!concept.broader().isEmpty()) {
                concept.broader().forEach(item.putArray("broader")::add);
            }
            item.put("hasChildren", !concept.narrower().isEmpty());
            if (concept.top() && scheme != null) {
                item.put("top", scheme);
            }
            if (!concept.narrower().isEmpty()) {
                ArrayNode narrower = item.putArray("narrower");
                sorted(catalog, concept.narrower(), lang).forEach(child -> {
                    ObjectNode c = narrower.addObject();
                    c.put("uri", child.uri());
                    c.put("label", child.prefLabel(language(lang)));
                    putIfPresent(c, "notation", child.notation());
                    c.put("hasChildren", !child.narrower().isEmpty());
                });
            }
        }
        return root;
    }

    /** GET /{vocid}/mappings */
    public ObjectNode mappings(String vocid, String uri, String lang, String clang, boolean external) {
        Located located = locate(vocid, uri);
        Model model = located.catalog().vocabulary().model();
        Resource subject = model.getResource(uri);
        String language = language(lang);
        String contentLanguage = clang == null ? language : clang;
        ObjectNode root = root(lang);
        ArrayNode list = root.putArray("mappings");
        for (String property : MAPPINGS) {
            for (Statement statement : subject.listProperties(model.getProperty(SKOS_NS + property)).toList()) {
                if (!statement.getObject().isURIResource()) {
                    continue;
                }
                String target = statement.getObject().asResource().getURI();
                Optional<Located> internal = findConcept(target);
                if (internal.isEmpty() && !external) {
                    continue;
                }
                ObjectNode item = list.addObject();
                item.put("uri", target);
                item.putArray("type").add("skos:" + property);
                item.put("prefLabel", internal.map(l -> l.concept().prefLabel(contentLanguage)).orElse(target));
                ObjectNode from = item.putObject("from");
                from.putArray("memberSet").addObject().put("uri", uri);
                item.putObject("to").putArray("memberSet").addObject().put("uri", target);
                item.put("hrefLink", internal.isPresent() ? "/thesaurus/rest/v1/" + internal.get().catalog().vocabulary().id()
                        + "/data?uri=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8) : target);
                item.put("lang", contentLanguage);
                item.put("vocabName", internal.map(l -> title(l.catalog().vocabulary(), lang)).orElse(vocabularyNameOf(target)));
                item.put("typeLabel", typeLabel(property));
                item.put("description", typeLabel(property) + " of " + located.concept().prefLabel(contentLanguage));
            }
        }
        return root;
    }

    /** GET /{vocid}/new and /{vocid}/modified: concepts by dcterms:created or dcterms:modified, newest first. */
    public ObjectNode changes(String vocid, String lang, Integer offset, Integer limit, boolean modified) {
        ConceptCatalog catalog = catalog(vocid);
        int from = offset == null ? 0 : offset;
        int count = limit == null ? 200 : limit;
        if (from < 0 || count < 0) {
            throw ThesaurusRequestException.badParameter(from < 0 ? "offset" : "limit", "must not be negative");
        }
        ObjectNode root = root(lang);
        ArrayNode list = root.putArray("changeList");
        catalog.concepts().stream()
                .filter(c -> (modified ? c.modified() : c.created()) != null)
                .sorted(Comparator.comparing((Concept c) -> modified ? c.modified() : c.created()).reversed().thenComparing(Concept::uri))
                .skip(from).limit(count)
                .forEach(c -> {
                    ObjectNode item = list.addObject();
                    item.put("uri", c.uri());
                    item.put("prefLabel", c.prefLabel(language(lang)));
                    item.put("date", (modified ? c.modified() : c.created()) + (c.created().length() == 10 ? "T00:00:00Z" : ""));
                });
        return root;
    }

    // ------------------------------------------------------------------ shared

    /** The catalog of a vocabulary in service; rebuilt when the vocabulary was reloaded. */
    public ConceptCatalog catalog(String vocid) {
        Vocabulary vocabulary = vocabulary(vocid);
        return catalog(vocabulary);
    }

    private ConceptCatalog catalog(Vocabulary vocabulary) {
        ConceptCatalog cached = catalogs.get(vocabulary.id());
        if (cached != null && cached.vocabulary() == vocabulary) {
            return cached;
        }
        ConceptCatalog built = ConceptCatalog.of(vocabulary);
        catalogs.put(vocabulary.id(), built);
        return built;
    }

    private Vocabulary vocabulary(String vocid) {
        return store.vocabulary(vocid).orElseThrow(() -> ThesaurusRequestException.unknownVocabulary(vocid));
    }

    /** A concept and the vocabulary holding it. */
    public record Located(ConceptCatalog catalog, Concept concept) {
    }

    /** Finds a concept in a vocabulary (or any when vocid is null), else 404. */
    public Located locate(String vocid, String uri) {
        if (uri == null || uri.isBlank()) {
            throw ThesaurusRequestException.badParameter("uri", "is required");
        }
        if (vocid != null) {
            ConceptCatalog catalog = catalog(vocid);
            return catalog.concept(uri).map(c -> new Located(catalog, c))
                    .orElseThrow(() -> ThesaurusRequestException.unknownConcept(uri, vocid));
        }
        return findConcept(uri).orElseThrow(() -> ThesaurusRequestException.unknownConcept(uri, null));
    }

    /** The concept with that IRI in any vocabulary. */
    public Optional<Located> findConcept(String uri) {
        for (Vocabulary vocabulary : store.vocabularies()) {
            ConceptCatalog catalog = catalog(vocabulary);
            Optional<Concept> concept = catalog.concept(uri);
            if (concept.isPresent()) {
                return Optional.of(new Located(catalog, concept.get()));
            }
        }
        return Optional.empty();
    }

    private ObjectNode root(String lang) {
        // a language no vocabulary has gets the labels of the fallback language: tagging them lang would be false
        boolean known = lang != null && store.vocabularies().stream().anyMatch(v -> catalog(v).languages().contains(lang));
        return SkosmosJsonLd.root(known ? lang : null);
    }

    private static Predicate<String> matcher(String query) {
        String folded = ConceptCatalog.fold(query.trim());
        if (!folded.contains("*")) {
            return folded::equals;
        }
        if (folded.indexOf('*') == folded.length() - 1) {
            String prefix = folded.substring(0, folded.length() - 1);
            return label -> label.startsWith(prefix);
        }
        String regex = java.util.Arrays.stream(folded.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
        return label -> pattern.matcher(label).matches();
    }

    private static String language(String lang) {
        return lang == null || lang.isBlank() ? "en" : lang;
    }

    private static Comparator<Concept> byLabel(String lang) {
        return Comparator.comparing((Concept c) -> ConceptCatalog.fold(Objects.toString(c.prefLabel(language(lang)), c.uri())));
    }

    private static List<Concept> sorted(ConceptCatalog catalog, Set<String> uris, String lang) {
        return uris.stream().map(catalog::concept).flatMap(Optional::stream).sorted(byLabel(lang)).toList();
    }

    private static void prefAndUri(ObjectNode item, ConceptCatalog catalog, String uri, String lang) {
        item.put("uri", uri);
        item.put("prefLabel", catalog.concept(uri).map(c -> c.prefLabel(language(lang))).orElse(localName(uri)));
    }

    private static String groupLabel(ConceptCatalog.Group group, String lang) {
        return Optional.ofNullable(group.prefLabels().get(language(lang))).or(() -> Optional.ofNullable(group.prefLabels().get("en")))
                .or(() -> group.prefLabels().values().stream().findFirst()).orElse(localName(group.uri()));
    }

    private static String title(Vocabulary vocabulary, String lang) {
        Model model = vocabulary.model();
        for (Resource scheme : model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, SKOS.ConceptScheme).toList()) {
            String title = literal(scheme, DCTerms.title, lang);
            if (title == null) {
                title = literal(scheme, SKOS.prefLabel, lang);
            }
            if (title != null) {
                return title;
            }
        }
        for (Resource ontology : model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.vocabulary.OWL2.Ontology).toList()) {
            String title = literal(ontology, DCTerms.title, lang);
            if (title != null) {
                return title;
            }
        }
        return vocabulary.id();
    }

    private static String literal(Resource subject, org.apache.jena.rdf.model.Property property, String lang) {
        String language = language(lang);
        String fallback = null;
        for (Statement statement : subject.listProperties(property).toList()) {
            if (!statement.getObject().isLiteral()) {
                continue;
            }
            String value = statement.getString();
            String valueLang = statement.getLanguage();
            if (valueLang.equalsIgnoreCase(language)) {
                return value;
            }
            if (fallback == null || valueLang.equals("en")) {
                fallback = value;
            }
        }
        return fallback;
    }

    private static String classLabel(Model model, String type, String lang) {
        return literal(model.getResource(type), RDFS.label, lang);
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return local;
    }

    private static String vocabularyNameOf(String iri) {
        if (iri.startsWith("http://vocab.nerc.ac.uk/standard_name/")) {
            return "CF Standard Names";
        }
        try {
            return java.net.URI.create(iri).getHost();
        } catch (IllegalArgumentException e) {
            return iri;
        }
    }

    private static String typeLabel(String property) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("exactMatch", "Exactly matching concepts");
        labels.put("closeMatch", "Closely matching concepts");
        labels.put("broadMatch", "Broader matching concepts");
        labels.put("narrowMatch", "Narrower matching concepts");
        labels.put("relatedMatch", "Related matching concepts");
        return labels.get(property);
    }
}
