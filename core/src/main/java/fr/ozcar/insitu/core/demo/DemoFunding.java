package fr.ozcar.insitu.core.demo;

/** A funder; {@code type} is one of the format's funding types. */
public record DemoFunding(String type, String iso3166, String acronym, String name) {
}
