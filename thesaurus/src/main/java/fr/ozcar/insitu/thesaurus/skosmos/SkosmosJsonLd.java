package fr.ozcar.insitu.thesaurus.skosmos;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The JSON-LD side of the Skosmos answers: the @context they all carry and the prefixes of their compact IRIs. */
final class SkosmosJsonLd {

    private static final Map<String, String> PREFIXES = Map.of("skos", SKOS.getURI(), "iadopt", "https://w3id.org/iadopt/ont/",
            "theia", "https://w3id.org/ozcar-theia/", "owl", "http://www.w3.org/2002/07/owl#",
            "isothes", "http://purl.org/iso25964/skos-thes#");
    private static final String ONKI = "http://schema.onki.fi/onki#";

    private SkosmosJsonLd() {
    }

    /** An answer's root object with its @context; {@code lang}, when given, is the language of its plain strings. */
    static ObjectNode root(String lang) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode context = CONTEXT.deepCopy();
        if (lang != null) {
            context.put("@language", lang);
        }
        root.set("@context", context);
        return root;
    }

    /**
     * One JSON-LD context for every answer: each key we send is a term (a key left out would be dropped by
     * a JSON-LD reader, taking the results with it), and each prefix a compact IRI uses ("iadopt:Variable"
     * in a type) is defined, else it would read as an IRI of scheme "iadopt:". Keys Skosmos defines keep
     * Skosmos's IRIs; the others are in Skosmos's own onki: namespace.
     */
    private static final ObjectNode CONTEXT = context();

    private static ObjectNode context() {
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(PREFIXES).forEach(context::put);
        context.put("onki", ONKI);
        context.put("rdfs", RDFS.getURI());
        context.put("dct", DCTerms.NS);
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("uri", "@id");
        context.put("type", "@type");
        for (String label : List.of("prefLabel", "altLabel", "hiddenLabel")) {
            context.put(label, "skos:" + label);
        }
        context.put("matchedPrefLabel", "onki:matchedPrefLabel");
        context.put("label", "rdfs:label");
        context.put("literal", "rdfs:label");
        context.put("title", "dct:title");
        context.put("description", "dct:description");
        for (String relation : List.of("broader", "narrower", "related", "broaderTransitive", "narrowerTransitive")) {
            reference(context, relation, "skos:" + relation);
        }
        reference(context, "topconcepts", "skos:hasTopConcept");
        reference(context, "topConceptOf", "skos:topConceptOf");
        reference(context, "top", "skos:topConceptOf");
        reference(context, "members", "skos:member");
        reference(context, "childGroups", "skos:member");
        reference(context, "superclass", "rdfs:subClassOf");
        reference(context, "class", "onki:class");
        reference(context, "hrefLink", "onki:hrefLink");
        for (String list : List.of("results", "result")) {
            context.putObject(list).put("@id", "onki:results").put("@container", "@list");
        }
        Map<String, String> onki = new TreeMap<>(Map.ofEntries(Map.entry("vocabularies", "hasVocabulary"),
                Map.entry("conceptschemes", "hasConceptScheme"), Map.entry("types", "hasType"), Map.entry("groups", "hasGroup"),
                Map.entry("hasChildren", "hasChildren"), Map.entry("hasMembers", "hasMembers"), Map.entry("isSuper", "isSuper"),
                Map.entry("concepts", "concepts"), Map.entry("conceptGroups", "conceptGroups"),
                Map.entry("conceptsGroups", "conceptGroups"), Map.entry("subTypes", "subTypes"), Map.entry("count", "count"),
                Map.entry("deprecatedCount", "deprecatedCount"), Map.entry("properties", "labelProperty"),
                Map.entry("labels", "labelCount"), Map.entry("indexConcepts", "indexConcept"), Map.entry("mappings", "hasMapping"),
                Map.entry("from", "from"), Map.entry("to", "to"), Map.entry("memberSet", "memberSet"),
                Map.entry("vocabName", "vocabName"), Map.entry("typeLabel", "typeLabel"), Map.entry("changeList", "changeList")));
        onki.forEach((key, local) -> context.put(key, "onki:" + local));
        // codes, not text: never tagged with the answer's language
        Map<String, String> codes = new TreeMap<>(Map.of("id", "onki:vocabularyIdentifier", "vocab", "onki:vocab",
                "lang", "dct:language", "language", "dct:language", "languages", "onki:language",
                "defaultLanguage", "onki:defaultLanguage", "marcSource", "onki:marcSource", "notation", "skos:notation",
                "indexLetters", "onki:indexLetter"));
        codes.forEach((key, iri) -> context.putObject(key).put("@id", iri).putNull("@language"));
        context.putObject("property").put("@id", "onki:property").put("@type", "@vocab");
        context.putObject("date").put("@id", "dct:date").put("@type", "xsd:dateTime");
        return context;
    }

    /** A term whose string values are IRIs, not literals. */
    private static void reference(ObjectNode context, String term, String iri) {
        context.putObject(term).put("@id", iri).put("@type", "@id");
    }

    /** {@code iadopt:Variable} → its IRI, for the type parameter. */
    static String expand(String type) {
        int colon = type.indexOf(':');
        if (colon > 0 && PREFIXES.containsKey(type.substring(0, colon))) {
            return PREFIXES.get(type.substring(0, colon)) + type.substring(colon + 1);
        }
        return type;
    }

    /** An IRI → {@code iadopt:Variable}, as Skosmos writes types. */
    static String compact(String iri) {
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (iri.startsWith(prefix.getValue())) {
                return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
            }
        }
        return iri;
    }
}
