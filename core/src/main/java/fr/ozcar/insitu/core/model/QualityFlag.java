package fr.ozcar.insitu.core.model;

/** One entry of an observation's quality flag dictionary. */
public record QualityFlag(String code, String description) {
}
