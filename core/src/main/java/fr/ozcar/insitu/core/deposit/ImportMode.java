package fr.ozcar.insitu.core.deposit;

/** What an import may do once the deposit is found valid. */
public enum ImportMode {
    /** Publish the deposit, replacing the producer's previous version (the upload). */
    REPLACE,
    /**
     * Publish it only if the producer has no version yet (the first-start demo data: a producer's own
     * deposit, sent while the demo loads, is never replaced); decided under the producer's import lock.
     */
    KEEP_EXISTING,
    /** Validate only ({@code ?dryRun=true}, {@code insitu validate}): the full report, nothing written. */
    DRY_RUN
}
