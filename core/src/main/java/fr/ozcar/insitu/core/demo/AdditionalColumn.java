package fr.ozcar.insitu.core.demo;

import java.util.SplittableRandom;

/**
 * An additional value column after {@code qualityFlags} ({@code result.additionalValues}), derived
 * from the main value (a gust from the mean wind, an uncertainty from the discharge).
 */
public record AdditionalColumn(String name, String columnName, String description, String unit, int decimals,
                               Derivation derivation) {

    @FunctionalInterface
    public interface Derivation {
        double derive(double value, SplittableRandom random);
    }

    static AdditionalColumn windGust() {
        return new AdditionalColumn("Wind gust", "wind_gust", "Maximum 3-second wind speed over the step", "m/s", 1,
                (speed, random) -> speed * (1.25 + 0.5 * random.nextDouble()) + 0.3);
    }

    static AdditionalColumn dischargeUncertainty() {
        return new AdditionalColumn("Discharge uncertainty", "uncertainty",
                "Half-width of the 95 % interval from the rating curve", "m3/s", 4,
                (discharge, random) -> 0.002 + discharge * (0.06 + 0.06 * random.nextDouble()));
    }
}
