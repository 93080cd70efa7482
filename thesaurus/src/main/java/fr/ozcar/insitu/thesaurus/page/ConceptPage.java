package fr.ozcar.insitu.thesaurus.page;

import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import fr.ozcar.insitu.thesaurus.skosmos.ConceptCatalog;
import fr.ozcar.insitu.thesaurus.skosmos.ConceptCatalog.Concept;
import fr.ozcar.insitu.thesaurus.skosmos.SkosmosApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page a browser gets when it follows a concept IRI: labels in English and French, definition,
 * breadcrumb up to the top category, I-ADOPT decomposition, unit, mappings, narrower concepts, and
 * links to the same description in RDF.
 */
public final class ConceptPage {

    /** I-ADOPT properties and their headings, English and French. */
    private static final Map<String, String[]> IADOPT = new java.util.LinkedHashMap<>();

    static {
        IADOPT.put("hasProperty", new String[] {"Property", "Propriété"});
        IADOPT.put("hasObjectOfInterest", new String[] {"Object of interest", "Objet d'intérêt"});
        IADOPT.put("hasMatrix", new String[] {"Matrix", "Matrice"});
        IADOPT.put("hasContextObject", new String[] {"Context object", "Objet de contexte"});
        IADOPT.put("hasConstraint", new String[] {"Constraint", "Contrainte"});
        IADOPT.put("hasStatisticalModifier", new String[] {"Statistical modifier", "Modificateur statistique"});
    }

    private static final List<String> MAPPINGS = List.of("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch");

    private final SkosmosApi api;

    public ConceptPage(SkosmosApi api) {
        this.api = api;
    }

    /** The page of a concept (404 {@link fr.ozcar.insitu.thesaurus.skosmos.ThesaurusRequestException} when unknown). */
    public String render(String uri, String lang) {
        if (api.findConcept(uri).isEmpty() && api.holderOf(uri).isPresent()) {
            return renderResource(uri, api.holderOf(uri).get().model());
        }
        SkosmosApi.Located located = api.locate(null, uri);
        ConceptCatalog catalog = located.catalog();
        Concept concept = located.concept();
        Model model = catalog.vocabulary().model();
        Resource subject = model.getResource(uri);
        String language = "fr".equals(lang) ? "fr" : "en";
        String title = concept.prefLabel(language);
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append(" — OZCAR-Theia thesaurus</title>")
                .append("<link rel=\"alternate\" type=\"text/turtle\" href=\"").append(dataLink(uri, "text/turtle")).append("\">")
                .append("<link rel=\"stylesheet\" href=\"/thesaurus/thesaurus.css\"></head><body>\n<main class=\"concept\">");
        html.append("<nav class=\"breadcrumb\"><a href=\"/thesaurus/\">").append("fr".equals(language) ? "Thésaurus" : "Thesaurus").append("</a>");
        List<Concept> ancestors = new ArrayList<>(catalog.ancestors(concept));
        Collections.reverse(ancestors);
        for (Concept ancestor : ancestors) {
            html.append(" &gt; ").append(link(ancestor.uri(), ancestor.prefLabel(language)));
        }
        html.append("</nav>\n<p class=\"lang\"><a href=\"?lang=en\">en</a> | <a href=\"?lang=fr\">fr</a></p>");
        html.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"uri\"><code>").append(escape(uri)).append("</code></p>");
        if (concept.deprecated()) {
            html.append("<p class=\"deprecated\">").append("fr".equals(language) ? "Concept obsolète" : "Deprecated concept");
            Statement replacement = subject.getProperty(DCTerms.isReplacedBy);
            if (replacement != null && replacement.getObject().isURIResource()) {
                String target = replacement.getObject().asResource().getURI();
                html.append(": ").append("fr".equals(language) ? "remplacé par " : "replaced by ")
                        .append(link(target, api.findConcept(target).map(l -> l.concept().prefLabel(language)).orElse(target)));
            }
            html.append("</p>");
        }
        html.append("<table class=\"properties\">");
        row(html, "Preferred label (en)", concept.labels("prefLabel", "en"));
        row(html, "Libellé préféré (fr)", concept.labels("prefLabel", "fr"));
        boolean french = "fr".equals(language);
        row(html, french ? "Libellé simplifié" : "Simplified label", literals(subject, SeedVocabulary.SIMPLIFIED_LABEL));
        row(html, "Alternative labels (en)", concept.labels("altLabel", "en"));
        row(html, "Libellés alternatifs (fr)", concept.labels("altLabel", "fr"));
        row(html, french ? "Définition" : "Definition", literals(subject, SKOS.definition.getURI()));
        row(html, french ? "Unité" : "Unit", literals(subject, SeedVocabulary.UNIT));
        html.append("</table>\n");
        List<String[]> decomposition = new ArrayList<>();
        IADOPT.forEach((property, labels) -> subject.listProperties(model.getProperty(SeedVocabulary.IADOPT + property))
                .forEach(s -> decomposition.add(new String[] {labels[french ? 1 : 0], nodeLink(s.getObject(), language)})));
        if (!decomposition.isEmpty()) {
            html.append("<h2>I-ADOPT</h2><table class=\"iadopt\">");
            decomposition.forEach(d -> html.append("<tr><th>").append(d[0]).append("</th><td>").append(d[1]).append("</td></tr>"));
            html.append("</table>\n");
        }
        if (!concept.narrower().isEmpty()) {
            html.append("<h2>").append("fr".equals(language) ? "Concepts spécifiques" : "Narrower concepts").append("</h2><ul>");
            concept.narrower().stream().map(catalog::concept).flatMap(java.util.Optional::stream)
                    .sorted(java.util.Comparator.comparing(c -> ConceptCatalog.fold(String.valueOf(c.prefLabel(language)))))
                    .forEach(c -> html.append("<li>").append(link(c.uri(), c.prefLabel(language))).append("</li>"));
            html.append("</ul>\n");
        }
        List<String> mappings = new ArrayList<>();
        for (String mapping : MAPPINGS) {
            subject.listProperties(model.getProperty(SKOS.getURI() + mapping))
                    .forEach(s -> mappings.add("<li><span class=\"mapping\">skos:" + mapping + "</span> "
                            + externalLink(s.getObject()) + "</li>"));
        }
        if (!mappings.isEmpty()) {
            html.append("<h2>").append(french ? "Correspondances" : "Mappings").append("</h2><ul>").append(String.join("", mappings)).append("</ul>\n");
        }
        html.append("<p class=\"formats\">RDF: ");
        html.append("<a href=\"").append(dataLink(uri, "text/turtle")).append("\">Turtle</a> · ");
        html.append("<a href=\"").append(dataLink(uri, "application/rdf+xml")).append("\">RDF/XML</a> · ");
        html.append("<a href=\"").append(dataLink(uri, "application/ld+json")).append("\">JSON-LD</a></p>");
        html.append("</main></body></html>\n");
        return html.toString();
    }

    /** The page a browser gets for an IRI of our namespace that names nothing: a way back to the search, not raw JSON. */
    public String notFound(String uri, String lang) {
        boolean french = "fr".equals(lang);
        String title = french ? "Concept inconnu" : "Unknown concept";
        return "<!DOCTYPE html>\n<html lang=\"" + (french ? "fr" : "en") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " — OZCAR-Theia thesaurus</title><link rel=\"stylesheet\" href=\"/thesaurus/thesaurus.css\"></head><body>"
                + "<main class=\"concept\"><nav class=\"breadcrumb\"><a href=\"/thesaurus/\">" + (french ? "Thésaurus" : "Thesaurus")
                + "</a></nav><h1>" + title + "</h1><p class=\"uri\"><code>" + escape(uri) + "</code></p><p>"
                + (french ? "Le thésaurus ne contient pas ce concept. <a href=\"/thesaurus/\">Chercher une variable</a>."
                        : "The thesaurus holds no concept with this IRI. <a href=\"/thesaurus/\">Search for a variable</a>.")
                + "</p></main></body></html>\n";
    }

    /** A resource of ours that is no concept (scheme, collection, class, property): its statements. */
    private String renderResource(String uri, Model model) {
        Resource subject = model.getResource(uri);
        String title = englishFirst(subject, SKOS.prefLabel)
                .or(() -> englishFirst(subject, org.apache.jena.vocabulary.RDFS.label)).orElse(subject.getLocalName());
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append(" — OZCAR-Theia thesaurus</title><link rel=\"stylesheet\" href=\"/thesaurus/thesaurus.css\"></head><body>")
                .append("<main class=\"concept\"><nav class=\"breadcrumb\"><a href=\"/thesaurus/\">Thesaurus</a></nav><h1>")
                .append(escape(title)).append("</h1><p class=\"uri\"><code>").append(escape(uri)).append("</code></p><table class=\"properties\">");
        for (Statement statement : subject.listProperties().toList()) {
            html.append("<tr><th>").append(escape(model.shortForm(statement.getPredicate().getURI()))).append("</th><td>")
                    .append(statement.getObject().isURIResource() ? link(statement.getObject().asResource().getURI(),
                            model.shortForm(statement.getObject().asResource().getURI())) : escape(statement.getObject().toString()))
                    .append("</td></tr>");
        }
        html.append("</table><p class=\"formats\">RDF: <a href=\"").append(dataLink(uri, "text/turtle")).append("\">Turtle</a></p>")
                .append("</main></body></html>\n");
        return html.toString();
    }

    private static java.util.Optional<String> englishFirst(Resource subject, org.apache.jena.rdf.model.Property property) {
        return subject.listProperties(property).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral).min(java.util.Comparator.comparing(l -> l.getLanguage().equals("en") ? 0 : 1))
                .map(org.apache.jena.rdf.model.Literal::getLexicalForm);
    }

    private static void row(StringBuilder html, String label, List<String> values) {
        if (!values.isEmpty()) {
            html.append("<tr><th>").append(escape(label)).append("</th><td>")
                    .append(String.join(", ", values.stream().map(ConceptPage::escape).toList())).append("</td></tr>");
        }
    }

    private static List<String> literals(Resource subject, String property) {
        return subject.listProperties(subject.getModel().getProperty(property)).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLexicalForm() + (n.asLiteral().getLanguage().isEmpty() ? "" : " (" + n.asLiteral().getLanguage() + ")"))
                .toList();
    }

    private String nodeLink(RDFNode node, String language) {
        if (!node.isURIResource()) {
            return escape(node.toString());
        }
        String uri = node.asResource().getURI();
        return link(uri, api.findConcept(uri).map(l -> l.concept().prefLabel(language)).orElse(uri));
    }

    private static String externalLink(RDFNode node) {
        if (!node.isURIResource()) {
            return escape(node.toString());
        }
        String uri = node.asResource().getURI();
        return link(uri, uri);
    }

    /**
     * A link to a concept: its own path on this server when it is in our namespace, else its IRI. An
     * IRI of another scheme (an uploaded vocabulary may hold {@code javascript:…}) is shown, not linked.
     */
    static String link(String uri, String label) {
        String text = escape(label == null ? uri : label);
        String target = pathOf(uri);
        boolean followable = target.startsWith("/") || target.startsWith("http://") || target.startsWith("https://");
        return followable ? "<a href=\"" + escape(target) + "\">" + text + "</a>" : text;
    }

    /** Our concepts resolve on this server under /ozcar-theia/{localName}. */
    public static String pathOf(String uri) {
        return uri.startsWith(SeedVocabulary.NAMESPACE) ? "/ozcar-theia/" + uri.substring(SeedVocabulary.NAMESPACE.length()) : uri;
    }

    private static String dataLink(String uri, String format) {
        return "/thesaurus/rest/v1/data?uri=" + URLEncoder.encode(uri, StandardCharsets.UTF_8) + "&format="
                + URLEncoder.encode(format, StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
