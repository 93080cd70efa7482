package fr.ozcar.insitu.thesaurus.skosmos;

import fr.ozcar.insitu.thesaurus.store.Vocabulary;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The concepts of one vocabulary version, read once into plain Java objects: labels per language,
 * hierarchy both ways, groups, dates. Search, index, statistics and the hierarchy answers read this,
 * never the RDF model, which keeps them in the microseconds.
 */
public final class ConceptCatalog {

    /** One label; {@code folded} is lower case without accents, for matching. */
    public record Label(String text, String lang, String kind, String folded) {
    }

    /** One concept. */
    public record Concept(String uri, List<String> types, List<Label> labels, String notation, boolean deprecated,
                          Set<String> broader, Set<String> narrower, Set<String> related, Set<String> groups,
                          String created, String modified, boolean top) {

        /** The preferred label in {@code lang}, else English, else any, else null. */
        public String prefLabel(String lang) {
            return label("prefLabel", lang).map(Label::text).orElse(null);
        }

        public Optional<Label> label(String kind, String lang) {
            Optional<Label> exact = labels.stream().filter(l -> l.kind().equals(kind) && l.lang().equalsIgnoreCase(lang)).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
            Optional<Label> english = labels.stream().filter(l -> l.kind().equals(kind) && l.lang().equals("en")).findFirst();
            return english.isPresent() ? english : labels.stream().filter(l -> l.kind().equals(kind)).findFirst();
        }

        public List<String> labels(String kind, String lang) {
            return labels.stream().filter(l -> l.kind().equals(kind) && (lang == null || l.lang().equalsIgnoreCase(lang)))
                    .map(Label::text).toList();
        }
    }

    /** A SKOS collection (Skosmos "group"). */
    public record Group(String uri, Map<String, String> prefLabels, List<String> members) {
    }

    private final Vocabulary vocabulary;
    private final Map<String, Concept> concepts;
    private final Map<String, Group> groups;
    private final List<String> schemes;
    private final List<String> languages;

    private ConceptCatalog(Vocabulary vocabulary, Map<String, Concept> concepts, Map<String, Group> groups,
                           List<String> schemes, List<String> languages) {
        this.vocabulary = vocabulary;
        this.concepts = concepts;
        this.groups = groups;
        this.schemes = schemes;
        this.languages = languages;
    }

    public static ConceptCatalog of(Vocabulary vocabulary) {
        Model model = vocabulary.model();
        Map<String, Set<String>> narrower = new HashMap<>();
        Map<String, Set<String>> broader = new HashMap<>();
        model.listStatements(null, SKOS.broader, (RDFNode) null).forEach(s -> link(s, broader, narrower));
        model.listStatements(null, SKOS.narrower, (RDFNode) null).forEach(s -> {
            if (s.getObject().isURIResource()) {
                narrower.computeIfAbsent(s.getSubject().getURI(), k -> new TreeSet<>()).add(s.getObject().asResource().getURI());
                broader.computeIfAbsent(s.getObject().asResource().getURI(), k -> new TreeSet<>()).add(s.getSubject().getURI());
            }
        });
        Map<String, Set<String>> memberOf = new HashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Resource collection : model.listSubjectsWithProperty(RDF.type, SKOS.Collection).toList()) {
            if (!collection.isURIResource()) {
                continue;
            }
            List<String> members = collection.listProperties(SKOS.member).toList().stream().map(Statement::getObject)
                    .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()).toList();
            members.forEach(m -> memberOf.computeIfAbsent(m, k -> new TreeSet<>()).add(collection.getURI()));
            Map<String, String> labels = new LinkedHashMap<>();
            collection.listProperties(SKOS.prefLabel).forEach(s -> labels.put(s.getLanguage(), s.getString()));
            groups.put(collection.getURI(), new Group(collection.getURI(), labels, members));
        }
        Set<String> tops = new LinkedHashSet<>();
        model.listObjectsOfProperty(SKOS.hasTopConcept).forEach(n -> tops.add(n.asResource().getURI()));
        model.listSubjectsWithProperty(SKOS.topConceptOf).forEach(r -> tops.add(r.getURI()));
        Set<String> languages = new TreeSet<>();
        Map<String, Concept> concepts = new LinkedHashMap<>();
        for (Resource subject : model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            if (!subject.isURIResource()) {
                continue;
            }
            String uri = subject.getURI();
            List<Label> labels = new ArrayList<>();
            addLabels(subject, SKOS.prefLabel, "prefLabel", labels);
            addLabels(subject, SKOS.altLabel, "altLabel", labels);
            addLabels(subject, SKOS.hiddenLabel, "hiddenLabel", labels);
            labels.forEach(l -> {
                if (!l.lang().isEmpty()) {
                    languages.add(l.lang());
                }
            });
            List<String> types = subject.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                    .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()).sorted().toList();
            Set<String> related = new TreeSet<>();
            subject.listProperties(SKOS.related).forEach(s -> {
                if (s.getObject().isURIResource()) {
                    related.add(s.getObject().asResource().getURI());
                }
            });
            concepts.put(uri, new Concept(uri, types, List.copyOf(labels), string(subject, SKOS.notation),
                    subject.hasLiteral(OWL2.deprecated, true), broader.getOrDefault(uri, Set.of()),
                    narrower.getOrDefault(uri, Set.of()), related, memberOf.getOrDefault(uri, Set.of()),
                    string(subject, DCTerms.created), string(subject, DCTerms.modified), tops.contains(uri)));
        }
        List<String> schemes = model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .filter(Resource::isURIResource).map(Resource::getURI).toList();
        return new ConceptCatalog(vocabulary, concepts, groups, schemes, List.copyOf(languages));
    }

    private static void link(Statement statement, Map<String, Set<String>> broader, Map<String, Set<String>> narrower) {
        if (statement.getObject().isURIResource() && statement.getSubject().isURIResource()) {
            broader.computeIfAbsent(statement.getSubject().getURI(), k -> new TreeSet<>()).add(statement.getObject().asResource().getURI());
            narrower.computeIfAbsent(statement.getObject().asResource().getURI(), k -> new TreeSet<>()).add(statement.getSubject().getURI());
        }
    }

    private static void addLabels(Resource subject, org.apache.jena.rdf.model.Property property, String kind, List<Label> labels) {
        subject.listProperties(property).forEach(s -> {
            if (s.getObject().isLiteral()) {
                Literal literal = s.getObject().asLiteral();
                labels.add(new Label(literal.getLexicalForm(), literal.getLanguage(), kind, fold(literal.getLexicalForm())));
            }
        });
    }

    private static String string(Resource subject, org.apache.jena.rdf.model.Property property) {
        Statement statement = subject.getProperty(property);
        return statement == null || !statement.getObject().isLiteral() ? null : statement.getString();
    }

    /** Lower case without accents: how search compares labels. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public Optional<Concept> concept(String uri) {
        return Optional.ofNullable(uri == null ? null : concepts.get(uri));
    }

    public java.util.Collection<Concept> concepts() {
        return concepts.values();
    }

    public Map<String, Group> groups() {
        return groups;
    }

    public List<String> schemes() {
        return schemes;
    }

    public List<String> languages() {
        return languages;
    }

    /** The broader concepts up to the top, nearest first, following the first broader at each step. */
    public List<Concept> ancestors(Concept concept) {
        List<Concept> path = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Concept current = concept;
        while (!current.broader().isEmpty()) {
            Optional<Concept> next = current.broader().stream().map(concepts::get).filter(java.util.Objects::nonNull)
                    .min(Comparator.comparing(Concept::uri));
            if (next.isEmpty() || !seen.add(next.get().uri())) {
                break;
            }
            path.add(next.get());
            current = next.get();
        }
        return path;
    }

    /** Whether {@code ancestor} is a broader concept of {@code concept}, at any depth. */
    public boolean isUnder(Concept concept, String ancestor) {
        Set<String> seen = new java.util.HashSet<>();
        List<String> frontier = new ArrayList<>(concept.broader());
        while (!frontier.isEmpty()) {
            String next = frontier.remove(frontier.size() - 1);
            if (next.equals(ancestor)) {
                return true;
            }
            if (seen.add(next)) {
                Concept found = concepts.get(next);
                if (found != null) {
                    frontier.addAll(found.broader());
                }
            }
        }
        return false;
    }
}
