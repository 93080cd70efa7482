package fr.ozcar.insitu.core.variable;

import java.time.Instant;

/**
 * A data manager's decision about one producer variable: it IS this thesaurus variable, or (variableIri
 * null) it has none.
 *
 * @param producerId   producer id (4 capital letters)
 * @param propertyName the producer's own name, exactly as in its deposits
 * @param unit         the producer's unit, exactly as in its deposits
 * @param variableIri  the chosen thesaurus variable, or null for "no thesaurus variable"
 * @param confirmedBy  who decided
 * @param confirmedAt  when (set by the database when saved)
 * @param note         optional comment
 */
public record VariableOverride(String producerId, String propertyName, String unit, String variableIri,
                               String confirmedBy, Instant confirmedAt, String note) {
}
