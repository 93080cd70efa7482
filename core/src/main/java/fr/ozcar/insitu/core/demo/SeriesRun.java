package fr.ozcar.insitu.core.demo;

import java.util.PrimitiveIterator;
import java.util.SplittableRandom;

/**
 * One series of one producer under one seed: its reproducible sample times, signal, quality and
 * additional values, each from its own random stream.
 */
final class SeriesRun {

    private final DemoSeries series;
    private final String seriesKey;
    private final long seed;
    private final String stationKey;

    SeriesRun(String producerId, DemoSeries series, long seed) {
        this.series = series;
        this.seriesKey = series.observationId(producerId);
        this.stationKey = producerId + "/" + series.station().code();
        this.seed = seed;
    }

    DemoSeries series() {
        return series;
    }

    /** Seeded by station, so that the parameters of one water sample share its visit times. */
    PrimitiveIterator.OfLong instants() {
        return series.schedule().instants(Seeds.derive(seed, stationKey + "/schedule"));
    }

    Signal signal() {
        RainfallProcess rainfall = new RainfallProcess(series.station().climate().rain(), Seeds.derive(seed, stationKey + "/rain"));
        return series.signal().create(new SeriesContext(series.station(), Seeds.random(seed, seriesKey + "/signal"),
                rainfall, series.schedule().stepSeconds()));
    }

    QualityModel quality() {
        return new QualityModel(Seeds.random(seed, seriesKey + "/quality"), series.schedule().stepSeconds());
    }

    SplittableRandom additionalValues() {
        return Seeds.random(seed, seriesKey + "/additional");
    }

    /** First and last sample times and the number of rows, without generating any value. */
    SeriesExtent extent() {
        PrimitiveIterator.OfLong instants = instants();
        long first = instants.nextLong();
        long last = first;
        long rows = 1;
        while (instants.hasNext()) {
            last = instants.nextLong();
            rows++;
        }
        long begin = series.interval() ? first - series.schedule().stepSeconds() : first;
        return new SeriesExtent(begin, last, rows);
    }

    /** The temporal extent (epoch seconds, the first interval's start included) and the row count. */
    record SeriesExtent(long begin, long end, long rows) {
    }
}
