package fr.ozcar.insitu.core.catalogue;

import java.time.Instant;

/**
 * A published producer as the catalogue lists it: what it holds, over which period, and which
 * revision of its deposit is published.
 *
 * @param firstTime the earliest measurement of its series (null when it has none)
 * @param lastTime  the latest one
 */
public record ProducerSummary(String id, String name, String title, int revision, Instant importedAt, int datasets,
                              int series, long measurements, Instant firstTime, Instant lastTime) {
}
