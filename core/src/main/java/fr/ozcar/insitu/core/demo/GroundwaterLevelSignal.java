package fr.ozcar.insitu.core.demo;

/**
 * Water table elevation (m above sea level) in a piezometer: winter recharge from rain lifts it
 * towards the surface, and it slowly falls back over months.
 */
final class GroundwaterLevelSignal extends HourlyModel {

    private static final double SPECIFIC_YIELD_MM = 0.04 * 1000;
    private static final double DRAINAGE_PER_HOUR = 1.0 / (90 * 24);

    private final RainfallProcess rainfall;
    private final Climate climate;
    private final double surface;
    private final double deepest;
    private double depth;

    GroundwaterLevelSignal(SeriesContext context, double deepestDepth) {
        super(365 * 24);
        this.rainfall = context.rainfall();
        this.climate = context.climate();
        this.surface = context.station().elevation();
        this.deepest = deepestDepth;
        this.depth = deepestDepth / 2;
    }

    @Override
    void step(long epochHour) {
        double recharge = rainfall.hourAmount(epochHour) * (0.25 - 0.2 * climate.seasonal(epochHour * 3600));
        depth -= recharge / SPECIFIC_YIELD_MM;
        depth += (deepest - depth) * DRAINAGE_PER_HOUR;
        depth = Math.max(0.05, depth);
    }

    @Override
    double value(long epochSecond) {
        return surface - depth;
    }
}
