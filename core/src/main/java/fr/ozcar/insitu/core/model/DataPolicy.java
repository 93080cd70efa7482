package fr.ozcar.insitu.core.model;

/** The {@code dataConstraint} of a dataset: who may use the data, under which licence, from when. */
public record DataPolicy(String accessUseConstraint, String licenceTitle, String licenceUrl, String dataPolicyUrl,
                         Integer embargoDays) {
}
