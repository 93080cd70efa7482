package fr.ozcar.insitu.core.deposit.job;

import fr.ozcar.insitu.core.deposit.ImportProgress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an import's progress to its job row through a connection of its own in autocommit: the
 * import transaction is invisible until it commits, the progress must not be. Throttled (at most one
 * write per second, or per {@value #ROWS_BETWEEN_WRITES} rows) so that it costs nothing measurable.
 */
final class JobProgress implements ImportProgress {

    private static final Logger LOG = LoggerFactory.getLogger(JobProgress.class);
    static final long ROWS_BETWEEN_WRITES = 50_000;
    private static final long NANOS_BETWEEN_WRITES = 1_000_000_000L;

    private final Connection connection;
    private final UUID job;
    private Phase phase;
    private int filesTotal;
    private long rowsTotal;
    private long lastRows;
    private int lastFiles = -1;
    private long lastWrite = System.nanoTime();

    JobProgress(Connection connection, UUID job) {
        this.connection = connection;
        this.job = job;
    }

    @Override
    public void started(Phase phase, int filesTotal, long rowsTotal) {
        this.phase = phase;
        this.lastFiles = -1;
        this.filesTotal = filesTotal;
        this.rowsTotal = rowsTotal;
        write(0, 0);
    }

    @Override
    public void advanced(Phase phase, int filesDone, long rowsDone) {
        long now = System.nanoTime();
        boolean lastFile = filesDone == filesTotal && filesDone != lastFiles;
        if (lastFile || rowsDone - lastRows >= ROWS_BETWEEN_WRITES || now - lastWrite >= NANOS_BETWEEN_WRITES) {
            write(filesDone, rowsDone);
        }
    }

    private void write(int filesDone, long rowsDone) {
        lastRows = rowsDone;
        lastFiles = filesDone;
        lastWrite = System.nanoTime();
        try (PreparedStatement update = connection.prepareStatement("update import_job set phase = ?,"
                + " files_total = ?, files_done = ?, rows_total = ?, rows_done = ? where id = ?")) {
            update.setString(1, phase.name().toLowerCase());
            update.setInt(2, filesTotal);
            update.setInt(3, filesDone);
            update.setLong(4, rowsTotal);
            update.setLong(5, rowsDone);
            update.setObject(6, job);
            update.executeUpdate();
        } catch (SQLException e) {
            // progress is informative: losing an update must not fail the import
            LOG.warn("cannot record the progress of import job {}", job, e);
        }
    }
}
