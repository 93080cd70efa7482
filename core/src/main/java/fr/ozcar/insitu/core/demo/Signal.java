package fr.ozcar.insitu.core.demo;

/**
 * A physical quantity, generated row after row at increasing times (models keep state: storages,
 * weather anomalies).
 */
interface Signal {

    /** The value at {@code epochSecond}, or the total over the step ending there for amounts. */
    double next(long epochSecond);
}
