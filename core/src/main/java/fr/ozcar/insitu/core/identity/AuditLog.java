package fr.ozcar.insitu.core.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code audit_event} table: who did what that matters (deposits, restores, deletions, role
 * changes, credentials, token use). Each path that does such a thing records it here, after it happened.
 */
public final class AuditLog {

    /** One recorded event; {@code actor} is the viewer's subject, or "anonymous". */
    public record Event(long id, Instant at, String actor, String action, String target, String detail) {
    }

    private final DataSource dataSource;

    public AuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(String actor, String action, String target, String detail) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "insert into audit_event (actor, action, target, detail) values (?, ?, ?, ?)")) {
            statement.setString(1, actor);
            statement.setString(2, action);
            statement.setString(3, target);
            statement.setString(4, detail);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the audit log", e);
        }
    }

    /** The latest events, newest first. */
    public List<Event> latest(int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select id, at, actor, action, target, detail from audit_event order by id desc limit ?")) {
            statement.setInt(1, limit);
            List<Event> events = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    events.add(new Event(row.getLong("id"), row.getTimestamp("at").toInstant(), row.getString("actor"),
                            row.getString("action"), row.getString("target"), row.getString("detail")));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log", e);
        }
    }
}
