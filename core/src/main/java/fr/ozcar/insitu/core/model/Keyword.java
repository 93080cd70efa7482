package fr.ozcar.insitu.core.model;

/** A free keyword of a dataset, with the IRI of its concept when the producer gave one. */
public record Keyword(String keyword, String uri) {
}
