package fr.ozcar.insitu.core.deposit.qualify;

import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.Problems;
import fr.ozcar.insitu.core.text.Count;

/** What in a series' qualification deserves a data manager's look: warnings, never errors. */
public final class QualificationWarnings {

    private QualificationWarnings() {
    }

    public static void add(SeriesQualification series, Problems problems) {
        if (series.outsideRange() > 0) {
            problems.add(Problem.warning("value-implausible", Count.of(series.outsideRange(), "value") + " of "
                    + series.observationId() + " " + Count.verb(series.outsideRange(), "is", "are")
                    + " outside the plausible range " + number(series.plausibleMin()) + " to "
                    + number(series.plausibleMax()) + " of this variable and unit: check the unit, the sign"
                    + " and the missing-value code"));
        }
        if (series.spikes() > 0) {
            problems.add(Problem.warning("value-spike", series.observationId() + " has "
                    + Count.of(series.spikes(), "isolated spike") + " (a value far from both neighbours, which"
                    + " agree): check " + Count.verb(series.spikes(), "it", "them")));
        }
    }

    private static String number(Double value) {
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }
}
