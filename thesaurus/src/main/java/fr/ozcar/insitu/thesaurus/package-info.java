/**
 * The thesaurus: SKOS / I-ADOPT vocabularies in Apache Jena ({@code store}, {@code seed}), resolution
 * of producers' variables ({@code resolve}, implementing core's VariableResolver), the Skosmos REST v1
 * API ({@code skosmos}), SPARQL ({@code sparql}) and concept pages ({@code page}), all without HTTP.
 * See docs/thesaurus.md.
 */
package fr.ozcar.insitu.thesaurus;
