package fr.ozcar.insitu.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A pivot observation: one variable measured at one sampling feature over time, whose rows are in
 * {@code dataFile} (a SensorThings Datastream).
 *
 * @param missingValue the code that marks a missing measurement in the data file, or null
 * @param procedure    the {@code procedure} fragment as sent, or null
 * @param document     the observation's JSON fragment as sent
 */
public record Observation(String id, String processingLevel, String dataType, boolean timeSerie,
                          Instant declaredBegin, Instant declaredEnd, SamplingFeature samplingFeature,
                          ObservedProperty observedProperty, JsonNode procedure, String dataFile,
                          String missingValue, List<QualityFlag> qualityFlags,
                          List<AdditionalValue> additionalValues, JsonNode document) {
    public Observation {
        qualityFlags = List.copyOf(qualityFlags);
        additionalValues = List.copyOf(additionalValues);
    }

    /** Numeric observations store a double per row; the others store the cell as text. */
    public boolean numeric() {
        return PivotTerms.NUMERIC.equals(dataType);
    }
}
