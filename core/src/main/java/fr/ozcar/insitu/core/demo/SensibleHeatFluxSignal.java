package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/**
 * Sensible heat flux: a share of the incoming radiation, large when the land is dry (the share
 * follows the humidity season), slightly negative at night.
 */
final class SensibleHeatFluxSignal implements Signal {

    private final Climate climate;
    private final ShortwaveRadiationSignal radiation;
    private final RedNoise turbulence;

    SensibleHeatFluxSignal(SeriesContext context) {
        this.climate = context.climate();
        this.radiation = new ShortwaveRadiationSignal(context);
        this.turbulence = new RedNoise(12, Duration.ofHours(2), context.random());
    }

    @Override
    public double next(long epochSecond) {
        double share = 0.3 - 0.15 * climate.humiditySeason(epochSecond);
        return share * radiation.next(epochSecond) - 12 + turbulence.next(epochSecond);
    }
}
