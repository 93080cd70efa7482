package fr.ozcar.insitu.core.deposit.validate;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.core.model.Dataset;
import fr.ozcar.insitu.core.model.Observation;
import fr.ozcar.insitu.core.model.PivotDeposit;
import java.util.function.IntSupplier;

/**
 * JSON paths of model elements in the metadata file they were read from. Positions are those of the
 * file (found by node identity), not of the model lists, which skip elements too broken to read.
 */
public final class MetadataPaths {

    private MetadataPaths() {
    }

    /** E.g. {@code $.datasets[2]}. */
    public static String of(PivotDeposit deposit, Dataset dataset) {
        return "$.datasets[" + indexOf(deposit.document().path("datasets"), dataset.document(),
                () -> deposit.datasets().indexOf(dataset)) + "]";
    }

    /** E.g. {@code $.datasets[2].observations[0]}. */
    public static String of(PivotDeposit deposit, Dataset dataset, Observation observation) {
        return of(deposit, dataset) + ".observations[" + indexOf(dataset.document().path("observations"),
                observation.document(), () -> dataset.observations().indexOf(observation)) + "]";
    }

    private static int indexOf(JsonNode array, JsonNode element, IntSupplier fallback) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) == element) {
                return i;
            }
        }
        return fallback.getAsInt();
    }
}
