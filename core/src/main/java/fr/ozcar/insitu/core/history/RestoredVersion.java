package fr.ozcar.insitu.core.history;

/**
 * The outcome of a restore: the producer publishes the content of {@code restoredVersion} as its new
 * {@code revision}; the version it replaced was archived as {@code archivedVersion} (null when the
 * producer had none), so that the restore can be undone the same way.
 */
public record RestoredVersion(String producerId, long restoredVersion, int revision, Long archivedVersion,
                              int series, long measurements) {
}
