package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/**
 * Station pressure: the barometric law for the station's elevation, passing lows and highs, and
 * the semi-diurnal atmospheric tide (clearly visible in the tropics).
 */
final class AtmosphericPressureSignal implements Signal {

    private static final double SCALE_HEIGHT = 8434;

    private final DemoStation station;
    private final RedNoise weather;

    AtmosphericPressureSignal(SeriesContext context) {
        this.station = context.station();
        double variability = Math.abs(station.latitude()) < 20 ? 1.8 : 6;
        this.weather = new RedNoise(variability, Duration.ofHours(60), context.random());
    }

    @Override
    public double next(long epochSecond) {
        double tide = 1.1 * Math.cos(4 * Math.PI * (Climate.solarHour(epochSecond, station.longitude()) - 10) / 24);
        return 1013.25 * Math.exp(-station.elevation() / SCALE_HEIGHT) + tide + weather.next(epochSecond);
    }
}
