package fr.ozcar.insitu.core.demo;

/** One entry of a series' quality flag dictionary ({@code result.qualityFlags}). */
public record QualityFlag(String code, String description) {
}
