package fr.ozcar.insitu.core.catalogue;

import java.time.Instant;

/** A dataset in the search's list, with how many of its observations match. */
public record DatasetHit(String id, String title, String producerId, long observations, Instant firstTime,
                         Instant lastTime) {
}
