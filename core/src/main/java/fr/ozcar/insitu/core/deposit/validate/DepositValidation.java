package fr.ozcar.insitu.core.deposit.validate;

import fr.ozcar.insitu.core.model.Observation;
import java.util.BitSet;
import java.util.Map;

/**
 * What the validation pass learnt of a deposit that the load needs.
 *
 * @param depositSha256 digest of the whole deposit's content
 * @param fileSha256    observation id → hex sha256 of its data file
 * @param summaries     observation id → its data file's summary
 * @param years         every year of a {@code date_end} in the deposit
 */
public record DepositValidation(String depositSha256, Map<String, String> fileSha256,
                                Map<String, DataFileSummary> summaries, BitSet years, long rows) {

    public String fileSha256(Observation observation) {
        return fileSha256.get(observation.id());
    }
}
