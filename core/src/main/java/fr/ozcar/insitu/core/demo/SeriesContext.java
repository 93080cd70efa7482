package fr.ozcar.insitu.core.demo;

import java.util.SplittableRandom;

/**
 * What a signal model needs to start: its station, its own random source, the rain of the station
 * (shared storms), and the series' nominal step in seconds.
 */
record SeriesContext(DemoStation station, SplittableRandom random, RainfallProcess rainfall, long stepSeconds) {

    Climate climate() {
        return station.climate();
    }
}
