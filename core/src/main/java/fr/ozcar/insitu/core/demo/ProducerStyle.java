package fr.ozcar.insitu.core.demo;

/** The habits of one producer's data files: missing value code, flag codes, processing level. */
public record ProducerStyle(String missingValue, QualityDictionary quality, String processingLevel) {
}
