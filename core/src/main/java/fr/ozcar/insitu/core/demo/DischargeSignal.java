package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/**
 * River discharge from the station's rain through two linear reservoirs: a quick one (storm
 * hydrographs of a few hours to days) and a slow one (baseflow recession over weeks, depleted by
 * summer evapotranspiration). Wet catchments turn more rain into storm runoff.
 */
final class DischargeSignal extends HourlyModel {

    private static final double QUICK_HOURS = 8;
    private static final double SLOW_HOURS = 45 * 24;

    private final RainfallProcess rainfall;
    private final Climate climate;
    private final double areaKm2;
    private final double slowCapacityMm;
    private final RedNoise gauging;
    private double quickStore;
    private double slowStore;
    private double dischargeMmPerHour;

    DischargeSignal(SeriesContext context, double areaKm2, double baseflow) {
        super(120 * 24);
        this.rainfall = context.rainfall();
        this.climate = context.climate();
        this.areaKm2 = areaKm2;
        this.slowStore = baseflow * 3.6 / areaKm2 * SLOW_HOURS;
        this.slowCapacityMm = 4 * slowStore + 50;
        this.gauging = new RedNoise(0.02, Duration.ofHours(6), context.random());
    }

    @Override
    void step(long epochHour) {
        double rain = rainfall.hourAmount(epochHour);
        double wetness = Math.min(1, slowStore / slowCapacityMm);
        double runoffShare = 0.05 + 0.45 * wetness;
        double recharge = 0.35 - 0.25 * climate.seasonal(epochHour * 3600);
        quickStore += rain * runoffShare;
        slowStore += rain * (1 - runoffShare) * recharge;
        double quick = quickStore / QUICK_HOURS;
        double slow = slowStore / SLOW_HOURS;
        quickStore -= quick;
        slowStore -= slow;
        dischargeMmPerHour = quick + slow;
    }

    @Override
    double value(long epochSecond) {
        return dischargeMmPerHour * areaKm2 / 3.6 * (1 + gauging.next(epochSecond));
    }
}
