package fr.ozcar.insitu.export.order;

import java.time.Instant;

/** An order as its owner sees it. */
public record Order(String id, String status, int progress, int attempts, String failure, Long packageBytes,
                    String packageSha256, Instant issuedAt, Instant processedAt) {
}
