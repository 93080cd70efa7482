package fr.ozcar.insitu.core.model;

/** A research group or institution; stored once however many contacts name it. */
public record Organisation(String name, String acronym, String role, String iso3166, String idScanR) {
}
