package fr.ozcar.insitu.core.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one component that decides which measurement rows a {@link Viewer} may see: the embargo of the
 * pivot format. A dataset with {@code embargo.duration} = N days hides its rows whose time is at or
 * after the start (00:00 UTC) of the request's day minus N days from everyone except administrators,
 * the data managers of its producer and its {@code priviledgedUsers} (matched by e-mail, without case).
 * Older rows are open; metadata (producers, datasets, series, stations) is always discoverable.
 *
 * <p>The rule is decided in SQL (migration V130) so that every read path applies the same one. A read
 * path does, on one connection:
 * <pre>{@code
 * connection.setAutoCommit(false);          // the viewer lasts until the transaction ends
 * access.enter(connection, viewer);         // bound values, through set_config(..., true)
 * select ... from visible_measurement ...   // rows this viewer may see (never `measurement`)
 * select ... from visible_series_summary    // row_count, first/last time, min/max of what it may see
 * select ... from sta_observation / sta_datastream ...   // SensorThings views are built on the two above
 * }</pre>
 * Reading {@code measurement} or the summary columns of {@code series} directly bypasses the rule:
 * only imports (which write them) may. A transaction that never called {@link #enter} sees as an
 * anonymous visitor: forgetting it shows less, never more.
 *
 * <p>Summaries: {@code series.row_count} (and the other summary columns) may answer for a viewer only
 * when the series hides nothing from it, i.e. it is absent from the view {@code access_embargo}
 * (equivalently {@code visible_series_summary.hides_rows} is false, or
 * {@link EmbargoWindows#hidesRowsOf(int)} is false).
 *
 * <p>Paths that decide in Java (e.g. MQTT pushing a new row to a subscriber) ask
 * {@link #windows(Connection, Viewer)} once and test each row with {@link EmbargoWindows#visible}.
 */
public final class EmbargoAccess {

    private final Clock clock;

    /** Counts the embargo from the current day in UTC. */
    public EmbargoAccess() {
        this(Clock.systemUTC());
    }

    /** Counts the embargo from the day {@code clock} tells in UTC (tests move the request's day). */
    public EmbargoAccess(Clock clock) {
        this.clock = clock;
    }

    /**
     * Makes every following statement of the connection's current transaction see the rows
     * {@code viewer} may see, as of today. The connection must not be in auto-commit mode: the setting
     * would then end with this very statement.
     */
    public void enter(Connection connection, Viewer viewer) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("the viewer is set for a transaction: turn auto-commit off first");
        }
        List<String> producers = viewer.has(Role.DATA_MANAGER) ? List.copyOf(viewer.managedProducers()) : List.of();
        try (PreparedStatement set = connection.prepareStatement("""
                select set_config('insitu.viewer_day', ?, true),
                       set_config('insitu.viewer_administrator', ?, true),
                       set_config('insitu.viewer_producers', ?::text[]::text, true),
                       set_config('insitu.viewer_email', ?, true)""")) {
            set.setString(1, LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString());
            set.setString(2, String.valueOf(viewer.has(Role.ADMINISTRATOR)));
            set.setArray(3, connection.createArrayOf("text", producers.toArray()));
            set.setString(4, viewer.email().map(email -> email.toLowerCase(Locale.ROOT)).orElse(""));
            set.execute();
        }
    }

    /**
     * Enters {@code viewer} (see {@link #enter}) and tells which series hide rows from it, and from when.
     */
    public EmbargoWindows windows(Connection connection, Viewer viewer) throws SQLException {
        enter(connection, viewer);
        Map<Integer, Instant> hiddenFrom = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select series_id, hidden_from from access_embargo");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                hiddenFrom.put(rows.getInt(1), rows.getTimestamp(2).toInstant());
            }
        }
        return new EmbargoWindows(hiddenFrom);
    }
}
