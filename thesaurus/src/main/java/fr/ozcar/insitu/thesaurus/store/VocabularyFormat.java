package fr.ozcar.insitu.thesaurus.store;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** The RDF syntaxes a vocabulary may be loaded from, recognised by file name or media type. */
public final class VocabularyFormat {

    private VocabularyFormat() {
    }

    /** Turtle, RDF/XML, JSON-LD or N-Triples, from a file name's extension. */
    public static Optional<Lang> ofFileName(String fileName) {
        return accepted(RDFLanguages.filenameToLang(fileName));
    }

    /** Turtle, RDF/XML, JSON-LD or N-Triples, from a media type such as {@code text/turtle; charset=utf-8}. */
    public static Optional<Lang> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return accepted(RDFLanguages.contentTypeToLang(bare));
    }

    private static Optional<Lang> accepted(Lang lang) {
        if (lang == null) {
            return Optional.empty();
        }
        boolean supported = lang.equals(Lang.TURTLE) || lang.equals(Lang.RDFXML) || lang.equals(Lang.JSONLD)
                || lang.equals(Lang.NTRIPLES);
        return supported ? Optional.of(lang) : Optional.empty();
    }
}
