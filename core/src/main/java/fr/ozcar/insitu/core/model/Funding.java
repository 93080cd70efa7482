package fr.ozcar.insitu.core.model;

/** A funder of the producer; at least one of acronym, name and idScanR is present. */
public record Funding(String type, String iso3166, String acronym, String name, String idScanR) {
}
