package fr.ozcar.insitu.core.demo;

/** Water level at a gauging station: the discharge seen through a power-law rating curve. */
final class WaterLevelSignal implements Signal {

    private final DischargeSignal discharge;

    WaterLevelSignal(SeriesContext context, double areaKm2, double baseflow) {
        this.discharge = new DischargeSignal(context, areaKm2, baseflow);
    }

    @Override
    public double next(long epochSecond) {
        return 0.08 + 0.3 * Math.pow(Math.max(0, discharge.next(epochSecond)), 0.4);
    }
}
