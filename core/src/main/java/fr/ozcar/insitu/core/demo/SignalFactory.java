package fr.ozcar.insitu.core.demo;

/** Starts a fresh signal model for one series. */
@FunctionalInterface
interface SignalFactory {

    Signal create(SeriesContext context);
}
