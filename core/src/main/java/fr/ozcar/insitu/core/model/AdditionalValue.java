package fr.ozcar.insitu.core.model;

/** An extra column of a data file (after {@code qualityFlags}), e.g. an uncertainty. */
public record AdditionalValue(String name, String columnName, String description, String unit) {
}
