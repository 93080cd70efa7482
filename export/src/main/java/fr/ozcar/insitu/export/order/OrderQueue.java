package fr.ozcar.insitu.export.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable order queue in PostgreSQL. A worker claims the oldest job with {@code FOR UPDATE SKIP LOCKED} and
 * keeps that row locked, in an open transaction, while it builds the package; it marks the order ready (or
 * failed, with the reason) and deletes the job in the same transaction's end. So two workers, in one server or in
 * two servers on the same database, never hold the same order; and a worker that dies (crash, restart) ends its
 * session, which releases the lock, so the next {@link #processNext()} anywhere resumes the order from the start
 * of its package. The price: one connection idle in transaction per running order.
 */
public final class OrderQueue {

    private static final Logger LOG = LoggerFactory.getLogger(OrderQueue.class);

    private final DataSource dataSource;
    private final OrderPackager packager;
    private final Path packages;
    private final Duration retention;
    private final Consumer<String> finished;

    /**
     * @param packages  folder of the finished packages ({@code <orderId>.zip})
     * @param retention how long a ready package may be downloaded
     * @param finished  told the id of every order that became ready or failed (to send the e-mail)
     */
    public OrderQueue(DataSource dataSource, Path packages, Duration retention, Consumer<String> finished) {
        this.dataSource = dataSource;
        this.packager = new OrderPackager(dataSource, packages);
        this.packages = packages;
        this.retention = retention;
        this.finished = finished;
    }

    /** Processes the oldest unclaimed order, if any; returns false when none was waiting. */
    public boolean processNext() throws SQLException {
        try (Connection claim = dataSource.getConnection()) {
            claim.setAutoCommit(false);
            try {
                String orderId;
                try (PreparedStatement statement = claim.prepareStatement(
                        "select order_id from export_job order by queued_at, order_id limit 1 for update skip locked");
                     ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        claim.rollback();
                        return false;
                    }
                    orderId = row.getString(1);
                }
                process(orderId);
                try (PreparedStatement done = claim.prepareStatement("delete from export_job where order_id = ?")) {
                    done.setString(1, orderId);
                    done.executeUpdate();
                }
                claim.commit();
                finished.accept(orderId);
                return true;
            } catch (SQLException | RuntimeException e) {
                claim.rollback();
                throw e;
            }
        }
    }

    private void process(String orderId) throws SQLException {
        JsonNode request = Orders.parse(update("update export_order set status = 'processing', progress = 0,"
                + " attempts = attempts + 1, failure = null where id = ? returning request::text", orderId));
        Path target = packages.resolve(orderId + ".zip");
        try {
            packager.write(orderId, Orders.requestOf(request), Orders.viewerOf(request), target,
                    percent -> progress(orderId, percent));
            try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                    "update export_order set status = 'ready', progress = 100, package_file = ?, package_bytes = ?,"
                    + " package_sha256 = ?, processed_at = now(), expires_at = now() + ? * interval '1 second'"
                    + " where id = ?")) {
                statement.setString(1, target.getFileName().toString());
                statement.setLong(2, Files.size(target));
                statement.setString(3, sha256(target));
                statement.setLong(4, retention.toSeconds());
                statement.setString(5, orderId);
                statement.executeUpdate();
            }
        } catch (Exception e) {
            LOG.warn("order {} failed: {}", orderId, e.toString());
            try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                    "update export_order set status = 'failed', failure = ?, processed_at = now() where id = ?")) {
                statement.setString(1, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                statement.setString(2, orderId);
                statement.executeUpdate();
            }
        }
    }

    /** Progress is written outside the claim's transaction, so that the owner sees it while the order runs. */
    private void progress(String orderId, int percent) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "update export_order set progress = ? where id = ?")) {
            statement.setInt(1, percent);
            statement.setString(2, orderId);
            statement.executeUpdate();
        } catch (SQLException e) {
            LOG.debug("progress of order {} not written: {}", orderId, e.toString());
        }
    }

    private String update(String sql, String orderId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, orderId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
