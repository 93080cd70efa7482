package fr.ozcar.insitu.export.dcat;

/** What the catalogue says about itself (configuration of the server). */
public record CatalogDescription(String title, String description, String publisherName) {
}
