package fr.ozcar.insitu.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The metadata file of a producer's deposit ({@code XXXX_en.json}), as read from the Theia/OZCAR pivot
 * format v1.2.
 *
 * @param version  the pivot format version the file declares (may be null)
 * @param document the whole file as sent, kept for a lossless round trip
 */
public record PivotDeposit(String version, Producer producer, List<Dataset> datasets, JsonNode document) {
    public PivotDeposit {
        datasets = List.copyOf(datasets);
    }
}
