package fr.ozcar.insitu.core.deposit.validate;

import fr.ozcar.insitu.core.deposit.read.DepositReader.DataFile;
import fr.ozcar.insitu.core.model.Dataset;
import fr.ozcar.insitu.core.model.Observation;
import fr.ozcar.insitu.core.model.PivotDeposit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which observation a data file of the deposit belongs to: by its dataset zip (or folder) and file
 * name, or by file name alone for loose data files sent next to the metadata file.
 *
 * <p>Names are matched exactly, else ignoring case when that designates a single dataset or
 * observation: deposits are prepared on Windows and macOS, whose file systems ignore case, so a
 * producer never sees that {@code cat_obs_ta.TXT} differs from the {@code CAT_OBS_TA.txt} of the
 * metadata file, and no value depends on it.
 */
public final class DataFileIndex {

    private final Map<String, Map<String, Observation>> byDataset = new HashMap<>();
    private final Map<String, List<String>> datasetIdsIgnoringCase = new HashMap<>();
    private final Map<String, Map<String, List<Observation>>> byDatasetIgnoringCase = new HashMap<>();
    private final Map<String, List<Observation>> byName = new HashMap<>();
    private final Map<String, List<Observation>> byNameIgnoringCase = new HashMap<>();

    public DataFileIndex(PivotDeposit deposit) {
        for (Dataset dataset : deposit.datasets()) {
            Map<String, Observation> files = byDataset.computeIfAbsent(dataset.id(), id -> new HashMap<>());
            Map<String, List<Observation>> filesIgnoringCase =
                    byDatasetIgnoringCase.computeIfAbsent(dataset.id(), id -> new HashMap<>());
            datasetIdsIgnoringCase.computeIfAbsent(lower(dataset.id()), id -> new ArrayList<>()).add(dataset.id());
            for (Observation observation : dataset.observations()) {
                files.putIfAbsent(observation.dataFile(), observation);
                filesIgnoringCase.computeIfAbsent(lower(observation.dataFile()), name -> new ArrayList<>())
                        .add(observation);
                byName.computeIfAbsent(observation.dataFile(), name -> new ArrayList<>()).add(observation);
                byNameIgnoringCase.computeIfAbsent(lower(observation.dataFile()), name -> new ArrayList<>())
                        .add(observation);
            }
        }
    }

    /** Whether {@code container} (a dataset zip's or folder's name) is a dataset of the deposit. */
    public boolean isDataset(String container) {
        return datasetId(container) != null;
    }

    /** The datasetId that {@code container} (a dataset zip's or folder's name) stands for, or null. */
    public String datasetId(String container) {
        if (byDataset.containsKey(container)) {
            return container;
        }
        List<String> ids = datasetIdsIgnoringCase.getOrDefault(lower(container), List.of());
        return ids.size() == 1 ? ids.get(0) : null;
    }

    /** The observations whose data file this can be: one, none, or several for an ambiguous loose file. */
    public List<Observation> candidates(DataFile file) {
        if (file.container() == null) {
            List<Observation> exact = byName.get(file.name());
            return exact != null ? exact : byNameIgnoringCase.getOrDefault(lower(file.name()), List.of());
        }
        String dataset = datasetId(file.container());
        if (dataset == null) {
            return List.of();
        }
        Observation exact = byDataset.get(dataset).get(file.name());
        if (exact != null) {
            return List.of(exact);
        }
        List<Observation> ignoringCase = byDatasetIgnoringCase.get(dataset).getOrDefault(lower(file.name()), List.of());
        return ignoringCase.size() == 1 ? ignoringCase : List.of();
    }

    /** The single observation of a data file, or null (the validation pass reported why). */
    public Observation find(DataFile file) {
        List<Observation> candidates = candidates(file);
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
