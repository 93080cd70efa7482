package fr.ozcar.insitu.core.demo;

/** Rain gauge totals: the station's rain over each step ending at the sample time. */
final class RainfallSignal implements Signal {

    private final RainfallProcess rainfall;
    private final long stepSeconds;

    RainfallSignal(SeriesContext context) {
        this.rainfall = context.rainfall();
        this.stepSeconds = context.stepSeconds();
    }

    @Override
    public double next(long epochSecond) {
        return rainfall.total(epochSecond - stepSeconds, epochSecond);
    }
}
