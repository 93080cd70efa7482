package fr.ozcar.insitu.core.demo;

import java.time.Duration;

/** Wind direction (degrees from north): wandering around the prevailing direction. */
final class WindDirectionSignal implements Signal {

    private final double prevailing;
    private final RedNoise veering;

    WindDirectionSignal(SeriesContext context) {
        this.prevailing = context.climate().prevailingWindDirection();
        this.veering = new RedNoise(70, Duration.ofHours(10), context.random());
    }

    @Override
    public double next(long epochSecond) {
        double direction = prevailing + veering.next(epochSecond);
        return direction - 360 * Math.floor(direction / 360);
    }
}
