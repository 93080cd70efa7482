package fr.ozcar.insitu.core.deposit.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The state of an import job as last recorded: pollable by the uploader while it runs.
 *
 * @param status   queued, running, succeeded (imported or unchanged) or failed (rejected, or interrupted)
 * @param phase    validating or loading, while running
 * @param report   the {@link fr.ozcar.insitu.core.deposit.ImportReport} as JSON, once finished
 */
public record ImportJob(UUID id, String producerId, String status, String phase, String source, int filesTotal,
                        int filesDone, long rowsTotal, long rowsDone, JsonNode report, Instant createdAt,
                        Instant startedAt, Instant finishedAt) {

    public boolean finished() {
        return finishedAt != null;
    }
}
