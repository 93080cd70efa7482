package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/** Wind speed: windier afternoons, gusty weather systems, calms at times. */
final class WindSpeedSignal implements Signal {

    private final DemoStation station;
    private final RedNoise weather;

    WindSpeedSignal(SeriesContext context) {
        this.station = context.station();
        this.weather = new RedNoise(0.5 * context.climate().meanWindSpeed(), Duration.ofHours(8), context.random());
    }

    @Override
    public double next(long epochSecond) {
        double mean = station.climate().meanWindSpeed();
        return Math.max(0, mean * (1 + 0.35 * Climate.diurnal(epochSecond + 3600, station.longitude()))
                + weather.next(epochSecond));
    }
}
