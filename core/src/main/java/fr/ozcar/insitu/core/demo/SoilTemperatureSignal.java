package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/**
 * Soil temperature at 10 cm: the air's cycles damped and delayed by the soil (about 3 h for the
 * diurnal wave); no snow cover at the chosen sites.
 */
final class SoilTemperatureSignal implements Signal {

    private static final long DIURNAL_LAG = 3 * 3600;

    private final DemoStation station;
    private final RedNoise weather;

    SoilTemperatureSignal(SeriesContext context) {
        this.station = context.station();
        this.weather = new RedNoise(0.9, Duration.ofDays(4), context.random());
    }

    @Override
    public double next(long epochSecond) {
        Climate climate = station.climate();
        double mean = climate.temperature(epochSecond, station)
                - climate.diurnalAmplitude() * Climate.diurnal(epochSecond, station.longitude())
                + 1.0;
        return mean + 0.35 * climate.diurnalAmplitude() * Climate.diurnal(epochSecond - DIURNAL_LAG, station.longitude())
                + weather.next(epochSecond);
    }
}
