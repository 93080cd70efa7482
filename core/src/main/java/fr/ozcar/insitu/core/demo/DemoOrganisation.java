package fr.ozcar.insitu.core.demo;

/** A contact's organisation (role "Research group" in the format). */
public record DemoOrganisation(String name, String acronym, String iso3166) {
}
