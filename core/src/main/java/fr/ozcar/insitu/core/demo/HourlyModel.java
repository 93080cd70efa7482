package fr.ozcar.insitu.core.demo;

/**
 * A water balance stepped hour by hour, whatever the output step (15 min, daily, irregular visits):
 * it starts a spin-up period before the first sample so that stores are in a plausible state.
 */
abstract class HourlyModel implements Signal {

    private final long spinUpHours;
    private long hour = Long.MIN_VALUE;

    HourlyModel(long spinUpHours) {
        this.spinUpHours = spinUpHours;
    }

    @Override
    public final double next(long epochSecond) {
        long target = Math.floorDiv(epochSecond, 3600);
        if (hour == Long.MIN_VALUE) {
            hour = target - spinUpHours;
        }
        while (hour < target) {
            hour++;
            step(hour);
        }
        return value(epochSecond);
    }

    /** Advances the stores over the hour starting at {@code epochHour}. */
    abstract void step(long epochHour);

    abstract double value(long epochSecond);
}
