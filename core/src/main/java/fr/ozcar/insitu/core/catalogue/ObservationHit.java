package fr.ozcar.insitu.core.catalogue;

import java.time.Instant;

/** A series in the search's list of observations. */
public record ObservationHit(String observationId, String name, String unit, String variableIri, String variableLabel,
                             String datasetId, String datasetTitle, String producerId, int stationId, String stationName,
                             String processingLevel, Instant firstTime, Instant lastTime) {
}
