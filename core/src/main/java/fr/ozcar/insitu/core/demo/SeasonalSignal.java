package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/**
 * A quantity with one annual cycle around a mean and correlated fluctuations, bounded: water
 * chemistry (nitrate flushed in winter, calcium, conductivity, pH) and water temperature.
 */
final class SeasonalSignal implements Signal {

    private final Parameters parameters;
    private final RedNoise fluctuation;

    SeasonalSignal(SeriesContext context, Parameters parameters) {
        this.parameters = parameters;
        this.fluctuation = new RedNoise(parameters.fluctuation(), parameters.correlation(), context.random());
    }

    @Override
    public double next(long epochSecond) {
        double value = parameters.mean() + parameters.amplitude() * Climate.annualCycle(epochSecond, parameters.peakDay())
                + fluctuation.next(epochSecond);
        return Math.max(parameters.minimum(), Math.min(parameters.maximum(), value));
    }

    record Parameters(double mean, double amplitude, int peakDay, double fluctuation, Duration correlation,
                      double minimum, double maximum) {
    }
}
