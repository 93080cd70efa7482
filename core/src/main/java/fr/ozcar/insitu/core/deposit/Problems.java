package fr.ozcar.insitu.core.deposit;

import fr.ozcar.insitu.core.text.Count;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of a deposit, at most {@code maxPerFile} per file (and 50 times that in
 * all), so that a broken ten-million-line file yields a readable report: the rest of a file's problems
 * are counted and summarised by one {@code too-many-problems} entry.
 */
public final class Problems {

    /** A deposit broken everywhere lists this many files' worth of problems, then only counts. */
    private static final int FILES_LISTED = 50;

    private final int maxPerFile;
    private final List<Problem> kept = new ArrayList<>();
    private final Map<String, int[]> perFile = new LinkedHashMap<>(); // file -> {kept, suppressed, suppressedErrors}
    private boolean errors;

    public Problems(int maxPerFile) {
        this.maxPerFile = maxPerFile;
    }

    public void add(Problem problem) {
        errors |= problem.isError();
        int[] counts = perFile.computeIfAbsent(String.valueOf(problem.file()), file -> new int[3]);
        if (counts[0] < maxPerFile && kept.size() < maxPerFile * FILES_LISTED) {
            counts[0]++;
            kept.add(problem);
        } else {
            counts[1]++;
            if (problem.isError()) {
                counts[2]++;
            }
        }
    }

    public boolean hasErrors() {
        return errors;
    }

    /** Every kept problem in the order found, then one summary per file that had too many. */
    public List<Problem> list() {
        List<Problem> all = new ArrayList<>(kept);
        perFile.forEach((file, counts) -> {
            if (counts[1] > 0) {
                String message = "and " + Count.of(counts[1], "more problem") + " in this file ("
                        + Count.of(counts[2], "error") + "), not listed: fix the ones above and deposit again";
                Problem summary = counts[2] > 0
                        ? Problem.error("too-many-problems", message)
                        : Problem.warning("too-many-problems", message);
                all.add("null".equals(file) ? summary : summary.inFile(file));
            }
        });
        return all;
    }
}
