package fr.ozcar.insitu.core.history;

import java.time.Instant;

/**
 * A replaced version of a producer's deposit, kept until {@code expiresAt} so that it can be restored.
 *
 * @param id         the version's id, to restore it
 * @param revision   the producer's revision it was published as
 * @param importedAt when it was published
 * @param archivedAt when a deposit or a restore replaced it
 */
public record DepositVersion(long id, String producerId, int revision, Instant importedAt, Instant archivedAt,
                             Instant expiresAt, int series, long measurements, String depositSha256) {
}
