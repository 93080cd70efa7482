package fr.ozcar.insitu.core.deposit.validate;

import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.Problems;
import fr.ozcar.insitu.core.deposit.read.DepositReader;
import fr.ozcar.insitu.core.deposit.read.DepositReader.DataFile;
import fr.ozcar.insitu.core.model.Dataset;
import fr.ozcar.insitu.core.model.Observation;
import fr.ozcar.insitu.core.model.PivotDeposit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The validation pass: reads every data file once, checks it against its observation, and checks
 * that every observation has exactly one data file and every dataset its zip.
 */
public final class DataFileValidator {

    private final PivotDeposit deposit;
    private final String metadataPath;
    private final ImportLimits limits;
    private final Problems problems;
    private final DataFileIndex index;
    private final Function<Observation, DataFileParser.RowSink> observers;

    public DataFileValidator(PivotDeposit deposit, String metadataPath, ImportLimits limits, Problems problems) {
        this(deposit, metadataPath, limits, problems, observation -> null);
    }

    /** @param observers what else reads each observation's valid rows (the qualification), or null */
    public DataFileValidator(PivotDeposit deposit, String metadataPath, ImportLimits limits, Problems problems,
                             Function<Observation, DataFileParser.RowSink> observers) {
        this.observers = observers;
        this.deposit = deposit;
        this.metadataPath = metadataPath;
        this.limits = limits;
        this.problems = problems;
        this.index = new DataFileIndex(deposit);
    }

    public DepositValidation validate(DepositReader reader, ImportProgress progress) throws IOException {
        int filesTotal = deposit.datasets().stream().mapToInt(dataset -> dataset.observations().size()).sum();
        progress.started(ImportProgress.Phase.VALIDATING, filesTotal, 0);
        Map<String, DepositReader.Digest> digests = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        Map<String, DataFileSummary> summaries = new HashMap<>();
        Map<String, Integer> readOrder = new HashMap<>();
        Set<String> containers = new HashSet<>();
        Set<String> unexpectedContainers = new LinkedHashSet<>();
        BitSet years = new BitSet();
        long[] rowsBefore = {0};
        int[] filesDone = {0};
        reader.forEachDataFile((file, content, digest) -> {
            if (file.container() != null) {
                if (!index.isDataset(file.container())) {
                    if (unexpectedContainers.add(file.container())) {
                        problems.add(Problem.error("dataset-zip-unexpected", "'" + file.container()
                                + "' is not a datasetId of the metadata file: its data would be ignored")
                                .inFile(file.path().contains("!/") ? file.path().substring(0, file.path().indexOf("!/"))
                                        : file.path()));
                    }
                    return;
                }
                containers.add(index.datasetId(file.container()));
            }
            List<Observation> candidates = index.candidates(file);
            if (candidates.isEmpty()) {
                problems.add(Problem.warning("data-file-unexpected", "no observation names '" + file.name()
                        + "' as its result.dataFile: the file is ignored").inFile(file.path()));
                return;
            }
            if (candidates.size() > 1) {
                problems.add(Problem.error("data-file-ambiguous", "several observations name '" + file.name()
                        + "' as their data file: send it in its dataset's zip").inFile(file.path()));
                return;
            }
            Observation observation = candidates.get(0);
            String first = paths.putIfAbsent(observation.id(), file.path());
            if (first != null) {
                problems.add(Problem.error("duplicate-data-file", "a second data file for observation "
                        + observation.id() + ", which already has " + first + ": keep one").inFile(file.path()));
                return;
            }
            digests.put(observation.id(), digest);
            readOrder.put(observation.id(), readOrder.size());
            long base = rowsBefore[0];
            DataFileSummary summary = new DataFileParser(observation, limits.maxLineBytes())
                    .parse(content, file.path(), problems, observers.apply(observation),
                            rows -> progress.advanced(ImportProgress.Phase.VALIDATING, filesDone[0], base + rows));
            rowsBefore[0] += summary.rows();
            summaries.put(observation.id(), summary);
            years.or(summary.years());
            progress.advanced(ImportProgress.Phase.VALIDATING, ++filesDone[0], rowsBefore[0]);
        });
        reportMissing(containers, digests.keySet());
        Map<String, String> shas = new HashMap<>();
        digests.forEach((id, digest) -> shas.put(id, HexFormat.of().formatHex(digest.value())));
        return new DepositValidation(reader.depositSha256(), shas, summaries, years, rowsBefore[0], readOrder);
    }

    private void reportMissing(Set<String> containers, Set<String> found) {
        for (int d = 0; d < deposit.datasets().size(); d++) {
            Dataset dataset = deposit.datasets().get(d);
            String datasetPath = MetadataPaths.of(deposit, dataset);
            List<Observation> missing = new ArrayList<>();
            for (Observation observation : dataset.observations()) {
                if (!found.contains(observation.id())) {
                    missing.add(observation);
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            if (!containers.contains(dataset.id()) && missing.size() == dataset.observations().size()) {
                problems.add(Problem.error("dataset-zip-missing", "the deposit has no " + dataset.id()
                        + ".zip (nor folder, nor loose data files) for dataset " + dataset.id())
                        .inFile(metadataPath).atPath(datasetPath + ".datasetId"));
                continue;
            }
            for (Observation observation : missing) {
                problems.add(Problem.error("data-file-missing", "data file '" + observation.dataFile()
                        + "' of observation " + observation.id() + " is not in " + dataset.id() + ".zip")
                        .inFile(metadataPath).atPath(MetadataPaths.of(deposit, dataset, observation)
                                + ".result.dataFile.name"));
            }
        }
    }
}
