package fr.ozcar.insitu.core.identity;

import java.time.Instant;
import java.util.UUID;

/** A token as listed: never its secret. {@code producerId} null = not limited to one producer. */
public record ApiToken(UUID id, String owner, String label, String producerId, Instant createdAt,
                       Instant lastUsedAt, Instant revokedAt) {
}
