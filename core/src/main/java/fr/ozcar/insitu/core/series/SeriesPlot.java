package fr.ozcar.insitu.core.series;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.Viewer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A window of a series for a plot, downsampled in the database: when the window holds at least
 * {@code maxPoints} rows, at most that many equal buckets ({@code date_bin} from the window's start) with the
 * exact minimum, maximum, mean and count of their rows' numeric values, so that a 700 000-row series travels
 * as a few thousand buckets while no peak is lost; otherwise the raw rows. Buckets without a numeric value
 * are left out: a gap in the data stays a gap in the plot. Only the rows the viewer may see are read
 * ({@link EmbargoAccess}: {@code visible_measurement}, {@code visible_series_summary}).
 */
public final class SeriesPlot {

    private static final String WINDOW = " from visible_measurement where series_id = ? and time >= ? and time <= ?";

    private final DataSource dataSource;
    private final EmbargoAccess access = new EmbargoAccess();

    public SeriesPlot(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The plot of series {@code observationId}, or empty when there is no such series. */
    public Optional<Plot> plot(String observationId, PlotRequest request, Viewer viewer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // the viewer lasts until the transaction ends
            try {
                return plot(connection, observationId, request, viewer);
            } finally {
                connection.rollback();
            }
        }
    }

    private Optional<Plot> plot(Connection connection, String observationId, PlotRequest request, Viewer viewer)
            throws SQLException {
        access.enter(connection, viewer);
        Optional<PlottedSeries> found = PlottedSeries.load(connection, observationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PlottedSeries series = found.get();
        Instant from = request.from() != null ? request.from() : series.firstTime();
        Instant to = request.to() != null ? request.to() : series.lastTime();
        if (from == null || to == null) {
            return Optional.of(Plot.raw(observationId, series.unit(), from, to, List.of()));
        }
        from = from.truncatedTo(ChronoUnit.MICROS);
        to = to.truncatedTo(ChronoUnit.MICROS);
        Window window = new Window(series.id(), from, to);
        if (window.holdsFewerRowsThan(connection, request.maxPoints())) {
            return Optional.of(Plot.raw(observationId, series.unit(), from, to, window.points(connection)));
        }
        return Optional.of(Plot.aggregated(observationId, series.unit(), from, to,
                window.buckets(connection, request.maxPoints())));
    }

    private record PlottedSeries(int id, String unit, Instant firstTime, Instant lastTime) {

        static Optional<PlottedSeries> load(Connection connection, String observationId) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select s.id, s.unit, v.first_time, v.last_time from series s"
                            + " join visible_series_summary v on v.series_id = s.id where s.observation_id = ?")) {
                statement.setString(1, observationId);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new PlottedSeries(row.getInt(1), row.getString(2), instant(row, 3), instant(row, 4)));
                }
            }
        }
    }

    /** The rows of one series in [from, to] that the viewer may see. */
    private record Window(int seriesId, Instant from, Instant to) {

        /** Counts at most {@code limit} rows, so that a long window costs no more than a short one here. */
        boolean holdsFewerRowsThan(Connection connection, int limit) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select count(*) from (select 1" + WINDOW + " limit ?) as w")) {
                int next = bind(statement);
                statement.setInt(next, limit);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1) < limit;
                }
            }
        }

        List<PlotPoint> points(Connection connection) throws SQLException {
            List<PlotPoint> points = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select time, value, flags" + WINDOW + " order by time")) {
                bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Double value = rows.getObject(2, Double.class);
                        points.add(new PlotPoint(instant(rows, 1), value, rows.getString(3)));
                    }
                }
            }
            return points;
        }

        /**
         * One bucket per {@code width} from {@code from}; the width is rounded up to the microsecond so that
         * {@code to} itself falls in the last of at most {@code maxPoints} buckets.
         */
        List<PlotBucket> buckets(Connection connection, int maxPoints) throws SQLException {
            long width = ChronoUnit.MICROS.between(from, to) / maxPoints + 1;
            List<PlotBucket> buckets = new ArrayList<>(maxPoints);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select date_bin(?::interval, time, ?) as b, min(value), max(value), avg(value), count(*)"
                            + WINDOW + " and value is not null group by b order by b")) {
                statement.setString(1, width + " microseconds");
                statement.setObject(2, offset(from));
                bind(statement, 3);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Instant start = instant(rows, 1);
                        buckets.add(new PlotBucket(start, start.plus(width, ChronoUnit.MICROS), rows.getDouble(2),
                                rows.getDouble(3), rows.getDouble(4), rows.getLong(5)));
                    }
                }
            }
            return buckets;
        }

        private int bind(PreparedStatement statement) throws SQLException {
            return bind(statement, 1);
        }

        /** Binds {@link #WINDOW}'s parameters from {@code first}; returns the next parameter index. */
        private int bind(PreparedStatement statement, int first) throws SQLException {
            statement.setInt(first, seriesId);
            statement.setObject(first + 1, offset(from));
            statement.setObject(first + 2, offset(to));
            return first + 3;
        }
    }

    private static OffsetDateTime offset(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
