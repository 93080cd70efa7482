package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/** Air temperature: seasonal and diurnal cycles, plus weather systems lasting a few days. */
final class AirTemperatureSignal implements Signal {

    private final DemoStation station;
    private final RedNoise weather;
    private final RedNoise turbulence;

    AirTemperatureSignal(SeriesContext context) {
        this.station = context.station();
        this.weather = new RedNoise(1.8, Duration.ofHours(48), context.random());
        this.turbulence = new RedNoise(0.25, Duration.ofMinutes(40), context.random());
    }

    @Override
    public double next(long epochSecond) {
        return station.climate().temperature(epochSecond, station) + weather.next(epochSecond) + turbulence.next(epochSecond);
    }
}
