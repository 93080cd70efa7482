package fr.ozcar.insitu.core.demo;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A first-order autoregressive anomaly (weather systems, sensor drift): correlated over
 * {@code correlation}, whatever the time between samples.
 */
final class RedNoise {

    private final double standardDeviation;
    private final double correlationSeconds;
    private final SplittableRandom random;
    private double value;
    private long last = Long.MIN_VALUE;

    RedNoise(double standardDeviation, Duration correlation, SplittableRandom random) {
        this.standardDeviation = standardDeviation;
        this.correlationSeconds = correlation.toSeconds();
        this.random = random;
    }

    double next(long epochSecond) {
        if (last == Long.MIN_VALUE) {
            value = standardDeviation * random.nextGaussian();
        } else {
            double persistence = Math.exp(-(epochSecond - last) / correlationSeconds);
            value = persistence * value
                    + Math.sqrt(1 - persistence * persistence) * standardDeviation * random.nextGaussian();
        }
        last = epochSecond;
        return value;
    }
}
