package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/** Relative humidity: humid season, dry afternoons (the air warms), saturated nights at times. */
final class RelativeHumiditySignal implements Signal {

    private final DemoStation station;
    private final RedNoise weather;

    RelativeHumiditySignal(SeriesContext context) {
        this.station = context.station();
        this.weather = new RedNoise(8, Duration.ofHours(20), context.random());
    }

    @Override
    public double next(long epochSecond) {
        Climate climate = station.climate();
        double humidity = climate.meanHumidity() + climate.humidityAmplitude() * climate.humiditySeason(epochSecond)
                - 2.5 * climate.diurnalAmplitude() * Climate.diurnal(epochSecond, station.longitude())
                + weather.next(epochSecond);
        return Math.max(4, Math.min(100, humidity));
    }
}
