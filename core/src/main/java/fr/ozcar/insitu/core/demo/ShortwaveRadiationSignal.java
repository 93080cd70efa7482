package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/** Incoming shortwave radiation: the clear-sky sun dimmed by passing clouds; zero at night. */
final class ShortwaveRadiationSignal implements Signal {

    private final DemoStation station;
    private final RedNoise clouds;

    ShortwaveRadiationSignal(SeriesContext context) {
        this.station = context.station();
        this.clouds = new RedNoise(0.3, Duration.ofHours(10), context.random());
    }

    @Override
    public double next(long epochSecond) {
        double clearness = Math.max(0.12, Math.min(1.0, 0.78 + clouds.next(epochSecond)));
        return clearness * SolarGeometry.clearSkyIrradiance(epochSecond, station.latitude(), station.longitude());
    }
}
