package fr.ozcar.insitu.core.deposit.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportMode;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.read.DepositSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs deposit imports as jobs recorded in {@code import_job}: the uploader gets a job id at once and
 * polls its progress; the final status and report are recorded when the import ends.
 */
public final class ImportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final DepositImporter importer;
    private final Executor executor;

    public ImportJobs(DataSource dataSource, DepositImporter importer, Executor executor) {
        this.dataSource = dataSource;
        this.importer = importer;
        this.executor = executor;
    }

    /** A submitted job: its id, and its report once it ends. */
    public record Submitted(UUID id, CompletableFuture<ImportReport> report) {
    }

    /**
     * Records a queued job and runs it on the executor. The job closes {@code source} when it ends.
     *
     * @param producerId the producer the upload is for (from the URL), or null to take the deposit's
     */
    public Submitted submit(String producerId, DepositSource source) {
        return submit(producerId, source, ImportMode.REPLACE);
    }

    /** As {@link #submit(String, DepositSource)}, in another {@link ImportMode}. */
    public Submitted submit(String producerId, DepositSource source, ImportMode mode) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into import_job (id, producer_id,"
                     + " status, source) values (?, ?, 'queued', ?)")) {
            insert.setObject(1, id);
            insert.setString(2, producerId == null ? "" : producerId);
            insert.setString(3, source.description());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record an import job", e);
        }
        CompletableFuture<ImportReport> report = CompletableFuture.supplyAsync(
                () -> run(id, producerId, source, mode), executor);
        return new Submitted(id, report);
    }

    private ImportReport run(UUID id, String producerId, DepositSource source, ImportMode mode) {
        ImportReport report;
        try (Connection progressConnection = dataSource.getConnection()) {
            progressConnection.setAutoCommit(true);
            update(progressConnection, "update import_job set status = 'running', started_at = now() where id = ?", id);
            try {
                report = importer.importDeposit(producerId, source, new JobProgress(progressConnection, id), mode);
            } catch (RuntimeException | Error e) {
                // an Error too (OutOfMemoryError above all): the job must end, never stay "running"
                // after its worker died; the stack unwound, so there is memory again to record it
                LOG.error("import job {} failed", id, e);
                report = new ImportReport(ImportReport.Outcome.REJECTED, producerId, 0, 0, 0, 0, 0,
                        List.of(Problem.error("import-failed", "the import failed for a reason that is not the"
                                + " deposit's (" + e.getMessage() + "); nothing was changed: send it again later")));
            }
            finish(progressConnection, id, report);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the end of import job " + id, e);
        } finally {
            try {
                source.close();
            } catch (IOException e) {
                LOG.warn("cannot close the deposit of import job {}", id, e);
            }
        }
        return report;
    }

    private static void finish(Connection connection, UUID id, ImportReport report) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update import_job set status = ?,"
                + " producer_id = coalesce(?, producer_id), report = ?::jsonb, finished_at = now() where id = ?")) {
            update.setString(1, report.outcome() == ImportReport.Outcome.REJECTED ? "failed" : "succeeded");
            update.setString(2, report.producerId());
            update.setString(3, JSON.writeValueAsString(report));
            update.setObject(4, id);
            update.executeUpdate();
        } catch (IOException e) {
            throw new IllegalStateException("an import report always serialises", e);
        }
    }

    /**
     * Marks as failed the jobs a previous process left queued or running (it stopped mid-import: its
     * transaction was rolled back by PostgreSQL). Call once at start-up; returns how many there were.
     */
    public int failInterruptedJobs() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update import_job set status = 'failed',"
                     + " finished_at = now(), report = ?::jsonb where status in ('queued', 'running')")) {
            ImportReport report = new ImportReport(ImportReport.Outcome.REJECTED, null, 0, 0, 0, 0, 0,
                    List.of(Problem.error("import-interrupted", "the server stopped during this import; nothing"
                            + " was changed: send the deposit again")));
            update.setString(1, JSON.writeValueAsString(report));
            return update.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot mark interrupted import jobs", e);
        }
    }

    public Optional<ImportJob> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select id, producer_id, status, phase, source,"
                     + " files_total, files_done, rows_total, rows_done, report::text, created_at, started_at,"
                     + " finished_at from import_job where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String report = rows.getString(10);
                return Optional.of(new ImportJob(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getInt(6), rows.getInt(7), rows.getLong(8),
                        rows.getLong(9), report == null ? null : JSON.readTree(report),
                        instant(rows, 11), instant(rows, 12), instant(rows, 13)));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read import job " + id, e);
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void update(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }
}
