package fr.ozcar.insitu.thesaurus.resolve;

import fr.ozcar.insitu.core.variable.CatalogueVariable;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Everything resolution needs from a vocabulary, in memory, built once per (re)load: variables by
 * IRI, by preferred/simplified label and by alternative label (normalized text), and the words of
 * every label for fuzzy matching.
 */
public final class VariableIndex {

    static final Property SIMPLIFIED_LABEL = ResourceFactory.createProperty(SeedVocabulary.SIMPLIFIED_LABEL);
    static final Property UNIT = ResourceFactory.createProperty(SeedVocabulary.UNIT);
    static final Resource VARIABLE = ResourceFactory.createResource(SeedVocabulary.IADOPT + "Variable");
    static final Resource CATEGORY = ResourceFactory.createResource(SeedVocabulary.CATEGORY_CLASS);
    static final Resource VARIABLES_GROUP = ResourceFactory.createResource(SeedVocabulary.VARIABLES_GROUP);

    /** One label of one variable, with its words. */
    record IndexedLabel(VariableEntry variable, String text, List<String> tokens) {
    }

    private final Map<String, VariableEntry> byIri;
    private final Set<String> categories;
    private final Map<String, List<VariableEntry>> preferred;
    private final Map<String, List<VariableEntry>> alternative;
    private final Map<String, List<IndexedLabel>> byToken;
    private static final int SIMILAR_CACHE_LIMIT = 100_000;
    private static final Pattern CF_STANDARD_NAME = Pattern.compile("https?://vocab\\.nerc\\.ac\\.uk/standard_name/([a-z0-9_]+)/?");
    private final Map<String, Map<String, Double>> similar = new java.util.concurrent.ConcurrentHashMap<>();

    private VariableIndex(Map<String, VariableEntry> byIri, Set<String> categories,
                          Map<String, List<VariableEntry>> preferred, Map<String, List<VariableEntry>> alternative,
                          Map<String, List<IndexedLabel>> byToken) {
        this.byIri = byIri;
        this.categories = categories;
        this.preferred = preferred;
        this.alternative = alternative;
        this.byToken = byToken;
    }

    public static VariableIndex empty() {
        return new VariableIndex(Map.of(), Set.of(), Map.of(), Map.of(), Map.of());
    }

    /** Reads the variables (typed iadopt:Variable, or members of the variable group) of a vocabulary. */
    public static VariableIndex of(Model model) {
        Set<Resource> variables = new LinkedHashSet<>(model.listSubjectsWithProperty(RDF.type, VARIABLE).toList());
        model.listObjectsOfProperty(VARIABLES_GROUP, SKOS.member).forEach(member -> {
            if (member.isURIResource()) {
                variables.add(member.asResource());
            }
        });
        Set<String> categories = new HashSet<>();
        model.listSubjectsWithProperty(RDF.type, CATEGORY).forEach(c -> categories.add(c.getURI()));
        Map<String, VariableEntry> byIri = new LinkedHashMap<>();
        Map<String, List<VariableEntry>> preferred = new HashMap<>();
        Map<String, List<VariableEntry>> alternative = new HashMap<>();
        Map<String, List<IndexedLabel>> byToken = new HashMap<>();
        for (Resource variable : variables) {
            VariableEntry entry = entry(model, variable);
            byIri.put(entry.iri(), entry);
            categories.addAll(entry.categoryPath());
            Set<String> strong = new LinkedHashSet<>();
            literals(variable, SKOS.prefLabel).forEach(l -> strong.add(LabelText.normalize(l.getLexicalForm())));
            literals(variable, SIMPLIFIED_LABEL).forEach(l -> strong.add(LabelText.normalize(l.getLexicalForm())));
            Set<String> weak = new LinkedHashSet<>();
            literals(variable, SKOS.altLabel).forEach(l -> weak.add(LabelText.normalize(l.getLexicalForm())));
            literals(variable, SKOS.hiddenLabel).forEach(l -> weak.add(LabelText.normalize(l.getLexicalForm())));
            weak.removeAll(strong);
            strong.forEach(text -> preferred.computeIfAbsent(text, k -> new ArrayList<>()).add(entry));
            weak.forEach(text -> alternative.computeIfAbsent(text, k -> new ArrayList<>()).add(entry));
            for (String text : concat(strong, weak)) {
                IndexedLabel label = new IndexedLabel(entry, text, LabelText.tokens(text));
                new LinkedHashSet<>(label.tokens()).forEach(token -> byToken.computeIfAbsent(token, k -> new ArrayList<>()).add(label));
            }
        }
        return new VariableIndex(Map.copyOf(byIri), Set.copyOf(categories), Map.copyOf(preferred), Map.copyOf(alternative),
                Map.copyOf(byToken));
    }

    private static VariableEntry entry(Model model, Resource variable) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Resource current = variable;
        while (true) {
            Optional<Resource> broader = firstBroader(current);
            if (broader.isEmpty() || !seen.add(broader.get().getURI())) {
                break;
            }
            path.add(0, broader.get().getURI());
            current = broader.get();
        }
        List<String> pathLabels = path.stream().map(iri -> label(model.getResource(iri), "en")).toList();
        String replacedBy = variable.hasProperty(DCTerms.isReplacedBy)
                ? variable.getPropertyResourceValue(DCTerms.isReplacedBy).getURI() : null;
        String unit = variable.hasProperty(UNIT) ? variable.getProperty(UNIT).getString() : null;
        String simplified = literal(variable, SIMPLIFIED_LABEL, "en");
        return new VariableEntry(variable.getURI(), simplified != null ? simplified : label(variable, "en"),
                literal(variable, SKOS.prefLabel, "en"), literal(variable, SKOS.prefLabel, "fr"),
                literal(variable, SKOS.definition, "en"), unit, UnitDimension.of(unit).orElse(null), path, pathLabels,
                variable.hasLiteral(OWL2.deprecated, true), replacedBy, cfStandardName(variable));
    }

    /** The CF standard name of an exact match, else of a close match (NERC vocabulary server IRIs), or null. */
    static String cfStandardName(Resource variable) {
        for (Property mapping : List.of(SKOS.exactMatch, SKOS.closeMatch)) {
            Optional<String> name = variable.listProperties(mapping).toList().stream()
                    .map(statement -> statement.getObject())
                    .filter(RDFNode::isURIResource)
                    .map(node -> CF_STANDARD_NAME.matcher(node.asResource().getURI()))
                    .filter(Matcher::matches)
                    .map(matcher -> matcher.group(1))
                    .sorted()
                    .findFirst();
            if (name.isPresent()) {
                return name.get();
            }
        }
        return null;
    }

    private static Optional<Resource> firstBroader(Resource concept) {
        return concept.listProperties(SKOS.broader).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isURIResource)
                .map(RDFNode::asResource)
                .min(Comparator.comparing(Resource::getURI));
    }

    /** The label in a language, else in English, else any, else the IRI's local name. */
    public static String label(Resource concept, String lang) {
        String inLanguage = literal(concept, SKOS.prefLabel, lang);
        if (inLanguage != null) {
            return inLanguage;
        }
        String english = literal(concept, SKOS.prefLabel, "en");
        if (english != null) {
            return english;
        }
        return literals(concept, SKOS.prefLabel).stream().map(Literal::getLexicalForm).findFirst()
                .orElse(concept.getLocalName());
    }

    static String literal(Resource subject, Property property, String lang) {
        return literals(subject, property).stream().filter(l -> l.getLanguage().equalsIgnoreCase(lang))
                .map(Literal::getLexicalForm).findFirst().orElse(null);
    }

    private static List<Literal> literals(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(s -> s.getObject()).filter(RDFNode::isLiteral).map(RDFNode::asLiteral).toList();
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public Optional<VariableEntry> variable(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    public boolean isCategory(String iri) {
        return categories.contains(iri);
    }

    List<VariableEntry> withPreferredLabel(String normalized) {
        return preferred.getOrDefault(normalized, List.of());
    }

    List<VariableEntry> withAlternativeLabel(String normalized) {
        return alternative.getOrDefault(normalized, List.of());
    }

    List<IndexedLabel> labelsWithToken(String token) {
        return byToken.getOrDefault(token, List.of());
    }

    /**
     * The label words within typo or abbreviation reach of a producer's word, the word itself included,
     * with their similarity. Producers reuse the same words over and over, so answers are memoized, up
     * to a bound.
     */
    Map<String, Double> near(String word) {
        Map<String, Double> cached = similar.get(word);
        if (cached != null) {
            return cached;
        }
        Map<String, Double> found = new HashMap<>();
        for (String token : byToken.keySet()) {
            double similarity = WordSimilarity.of(word, token);
            if (similarity > 0) {
                found.put(token, similarity);
            }
        }
        Map<String, Double> result = Map.copyOf(found);
        if (similar.size() < SIMILAR_CACHE_LIMIT) {
            similar.put(word, result);
        }
        return result;
    }

    /** The variable a deprecated one was replaced by, followed to the end of the chain (or itself). */
    public VariableEntry current(VariableEntry entry) {
        VariableEntry current = entry;
        for (int hops = 0; hops < 10 && current.deprecated() && current.replacedBy() != null; hops++) {
            VariableEntry next = byIri.get(current.replacedBy());
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    public Collection<VariableEntry> variables() {
        return byIri.values();
    }

    /** All variables as published to the SQL catalogue. */
    public List<CatalogueVariable> catalogue() {
        return byIri.values().stream().map(VariableEntry::toCatalogue).toList();
    }

    public int size() {
        return byIri.size();
    }
}
