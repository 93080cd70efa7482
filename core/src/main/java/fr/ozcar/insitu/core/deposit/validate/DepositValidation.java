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
 * @param readOrder     observation id → position of its data file in the order the files are read
 */
public record DepositValidation(String depositSha256, Map<String, String> fileSha256,
                                Map<String, DataFileSummary> summaries, BitSet years, long rows,
                                Map<String, Integer> readOrder) {

    /** The position of an observation's data file in the deposit's reading order. */
    public int readOrder(Observation observation) {
        return readOrder.getOrDefault(observation.id(), Integer.MAX_VALUE);
    }

    public String fileSha256(Observation observation) {
        return fileSha256.get(observation.id());
    }
}
