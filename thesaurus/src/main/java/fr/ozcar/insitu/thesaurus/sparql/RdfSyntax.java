package fr.ozcar.insitu.thesaurus.sparql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Content negotiation: picks, among the media types we can produce, the one a client prefers from its
 * {@code Accept} header (q-values honoured) or from an explicit {@code format} parameter.
 */
public final class RdfSyntax {

    public static final String TURTLE = "text/turtle";
    public static final String RDF_XML = "application/rdf+xml";
    public static final String JSON_LD = "application/ld+json";
    public static final String N_TRIPLES = "application/n-triples";
    public static final String HTML = "text/html";
    public static final List<String> RDF = List.of(TURTLE, RDF_XML, JSON_LD, N_TRIPLES);
    private static final Map<String, String> ALIASES = Map.of("turtle", TURTLE, "ttl", TURTLE, "rdfxml", RDF_XML,
            "rdf", RDF_XML, "xml", RDF_XML, "jsonld", JSON_LD, "json-ld", JSON_LD, "json", JSON_LD, "nt", N_TRIPLES,
            "ntriples", N_TRIPLES);

    private RdfSyntax() {
    }

    /** A {@code format} parameter: a media type we produce, or a short name (turtle, rdfxml, jsonld, nt). */
    public static Optional<String> ofFormat(String format, List<String> producible) {
        if (format == null || format.isBlank()) {
            return Optional.empty();
        }
        String wanted = format.split(";")[0].trim().toLowerCase(Locale.ROOT);
        String type = ALIASES.getOrDefault(wanted, wanted);
        return producible.contains(type) ? Optional.of(type) : Optional.empty();
    }

    /**
     * The producible type the Accept header prefers; the first producible one when the header is
     * absent or accepts anything; empty when it accepts none of them.
     */
    public static Optional<String> negotiate(String accept, List<String> producible) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(producible.get(0));
        }
        record Range(String type, double q, int order) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].trim().split(";");
            double q = 1;
            for (int p = 1; p < pieces.length; p++) {
                String parameter = pieces[p].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(pieces[0].trim().toLowerCase(Locale.ROOT), q, i));
        }
        ranges.sort(Comparator.comparingDouble((Range r) -> -r.q()).thenComparingInt(Range::order));
        for (Range range : ranges) {
            if (range.q() <= 0) {
                continue;
            }
            if (range.type().equals("*/*")) {
                return Optional.of(producible.get(0));
            }
            for (String type : producible) {
                if (type.equals(range.type()) || (range.type().endsWith("/*")
                        && type.startsWith(range.type().substring(0, range.type().length() - 1)))) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    /** The Jena syntax for an RDF media type we produce. */
    public static org.apache.jena.riot.Lang lang(String mediaType) {
        return switch (mediaType) {
            case RDF_XML -> org.apache.jena.riot.Lang.RDFXML;
            case JSON_LD -> org.apache.jena.riot.Lang.JSONLD;
            case N_TRIPLES -> org.apache.jena.riot.Lang.NTRIPLES;
            default -> org.apache.jena.riot.Lang.TURTLE;
        };
    }

    /** Serializes a model in an RDF media type we produce. */
    public static byte[] write(org.apache.jena.rdf.model.Model model, String mediaType) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.jena.riot.RDFDataMgr.write(out, model, lang(mediaType));
        return out.toByteArray();
    }
}
