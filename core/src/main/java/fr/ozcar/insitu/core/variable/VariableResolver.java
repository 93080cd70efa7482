package fr.ozcar.insitu.core.variable;

/**
 * The port through which the importer (and anything else in core) maps a producer's own variable
 * naming onto the shared thesaurus. Implemented by the {@code thesaurus} module; core knows no RDF.
 */
public interface VariableResolver {

    /** The best thesaurus variable for what a producer declared, or an explicit "unresolved". */
    VariableResolution resolve(VariableQuery query);

    /** A resolver that knows no vocabulary: every variable stays unresolved. */
    VariableResolver NONE = query -> VariableResolution.unresolved("no thesaurus configured");
}
