package fr.ozcar.insitu.core.demo;

/**
 * How it rains in a climate: how many rain events a year, how they spread over the months
 * ({@code monthlyShare[0]} is January, shares sum to 1), how long they last and how hard.
 */
public record RainRegime(double eventsPerYear, double[] monthlyShare, double meanDurationHours,
                         double meanIntensityMmPerHour) {

    public RainRegime {
        if (monthlyShare.length != 12) {
            throw new IllegalArgumentException("one share per month expected");
        }
        monthlyShare = monthlyShare.clone();
    }

    /** Chance that an event starts in a given hour of a month (0 = January). */
    double startProbabilityPerHour(int month) {
        return eventsPerYear * monthlyShare[month] / 730.5;
    }
}
