package fr.ozcar.insitu.core.catalogue;

import java.time.Instant;

/** A producer in the search's list, with how many of its observations and datasets match. */
public record ProducerHit(String id, String name, String title, long observations, long datasets, Instant firstTime,
                          Instant lastTime) {
}
