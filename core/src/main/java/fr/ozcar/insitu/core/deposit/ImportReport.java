package fr.ozcar.insitu.core.deposit;

import fr.ozcar.insitu.core.deposit.qualify.SeriesQualification;
import java.util.List;

/**
 * What became of a deposit.
 *
 * @param producerId     the producer the deposit is for (null if not even that could be read)
 * @param revision       the producer's revision after the import (unchanged when not imported; 0 if none)
 * @param datasets       datasets in the deposit
 * @param series         observations (series) in the deposit
 * @param rows           measurement rows in the deposit's data files
 * @param seriesReloaded series whose rows were (re)loaded; the others had identical data files
 * @param problems       every error and warning found, in the order found
 * @param qualification  per series whose data file was read: rows, time step, gaps, flags, plausibility
 */
public record ImportReport(Outcome outcome, String producerId, int revision, int datasets, int series, long rows,
                           int seriesReloaded, List<Problem> problems, List<SeriesQualification> qualification) {

    /** A report with no qualification (the deposit was not read that far). */
    public ImportReport(Outcome outcome, String producerId, int revision, int datasets, int series, long rows,
                        int seriesReloaded, List<Problem> problems) {
        this(outcome, producerId, revision, datasets, series, rows, seriesReloaded, problems, List.of());
    }

    public enum Outcome {
        /** The deposit is now the producer's current version. */
        IMPORTED,
        /** The same deposit was already imported: nothing changed. */
        UNCHANGED,
        /** The deposit has errors: nothing changed. */
        REJECTED,
        /** A dry run found no error: the deposit would be accepted; nothing was written. */
        VALIDATED
    }

    public ImportReport {
        problems = List.copyOf(problems);
        qualification = List.copyOf(qualification);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }
}
