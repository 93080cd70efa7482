package fr.ozcar.insitu.core.deposit.validate;

import fr.ozcar.insitu.core.deposit.read.DepositReader.DataFile;
import fr.ozcar.insitu.core.model.Dataset;
import fr.ozcar.insitu.core.model.Observation;
import fr.ozcar.insitu.core.model.PivotDeposit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which observation a data file of the deposit belongs to: by its dataset zip (or folder) and file
 * name, or by file name alone for loose data files sent next to the metadata file.
 */
public final class DataFileIndex {

    private final Map<String, Map<String, Observation>> byDataset = new HashMap<>();
    private final Map<String, List<Observation>> byName = new HashMap<>();

    public DataFileIndex(PivotDeposit deposit) {
        for (Dataset dataset : deposit.datasets()) {
            Map<String, Observation> files = byDataset.computeIfAbsent(dataset.id(), id -> new HashMap<>());
            for (Observation observation : dataset.observations()) {
                files.putIfAbsent(observation.dataFile(), observation);
                byName.computeIfAbsent(observation.dataFile(), name -> new ArrayList<>()).add(observation);
            }
        }
    }

    /** Whether {@code container} (a dataset zip's or folder's name) is a dataset of the deposit. */
    public boolean isDataset(String container) {
        return byDataset.containsKey(container);
    }

    /** The observations whose data file this can be: one, none, or several for an ambiguous loose file. */
    public List<Observation> candidates(DataFile file) {
        if (file.container() == null) {
            return byName.getOrDefault(file.name(), List.of());
        }
        Map<String, Observation> files = byDataset.get(file.container());
        Observation observation = files == null ? null : files.get(file.name());
        return observation == null ? List.of() : List.of(observation);
    }

    /** The single observation of a data file, or null (the validation pass reported why). */
    public Observation find(DataFile file) {
        List<Observation> candidates = candidates(file);
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}
