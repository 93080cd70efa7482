package fr.ozcar.insitu.core.demo;

import java.util.PrimitiveIterator;

/** When a series is sampled: increasing epoch seconds, reproducible from a seed. */
public interface Schedule {

    PrimitiveIterator.OfLong instants(long seed);

    /** The nominal time between samples: the length of interval values. */
    long stepSeconds();
}
