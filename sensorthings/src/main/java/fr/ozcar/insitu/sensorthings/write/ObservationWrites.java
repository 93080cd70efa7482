package fr.ozcar.insitu.sensorthings.write;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.sensorthings.entity.ObservationId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Observations as measurement rows of a series, keyed by (series, time): the same Observation posted
 * twice (same Datastream, same phenomenonTime) is a 409 naming the existing one, never a second row;
 * PATCH changes it. The series summary (row count, first and last time, extremes) that lists and
 * facets read is kept up to date in the same transaction.
 */
final class ObservationWrites {

    private static final Set<String> WRITABLE = Set.of("phenomenonTime", "resultTime", "result", "resultQuality",
            "parameters", "Datastream", "FeatureOfInterest");
    private static final Set<String> READ_ONLY = Set.of("validTime", "MultiDatastream");
    private static final Set<String> POSITION = Set.of("longitude", "latitude", "altitude");
    /** DataArray rows per insert statement. */
    private static final int CHUNK = 10_000;

    private final Connection connection;
    private final WriteAccess access;

    ObservationWrites(Connection connection, WriteAccess access) {
        this.connection = connection;
        this.access = access;
    }

    /** What a row must agree with: its series' kind of result and station position. */
    private record Series(long id, boolean numeric, double longitude, double latitude, long stationId) {
    }

    /** An Observation checked whole, ready to be inserted into its series. */
    record Prepared(boolean numeric, Row row) {
    }

    record Row(Instant begin, Instant time, Double value, String text, String flags, Double longitude,
                       Double latitude, Double altitude) {
    }

    /** A new Observation of the Datastream given by the path or enclosing entity, or by its own Datastream member. */
    long create(JsonFields observation, Long datastreamId) throws SQLException {
        observation.allow("Observation", WRITABLE, READ_ONLY);
        long seriesId;
        boolean inPath = datastreamId != null;
        if (inPath) {
            if (observation.has("Datastream")) {
                observation.error("Datastream", "the Datastream is given by the path or the enclosing entity");
            }
            seriesId = datastreamId;
        } else {
            JsonFields datastream = observation.entity("Datastream", true);
            observation.throwIfAny();
            Long linked = datastream.linkId();
            if (linked == null) {
                seriesId = new DatastreamWrites(connection, access).create(datastream, null);
            } else {
                observation.throwIfAny();
                seriesId = linked;
            }
        }
        Series series = series(seriesId, inPath);
        Row row = row(observation, series, true);
        observation.throwIfAny();
        insert(series.id(), row);
        return ObservationId.encode((int) series.id(), row.time());
    }

    /**
     * The rows of one DataArray item, all or none: every row is checked first (all problems in one
     * 400), then they are inserted in chunks by {@code unnest}; a row whose key exists already (or
     * repeats another row's) is a 409 and the transaction rolls back. The ids, in the rows' order.
     */
    List<Long> createMany(long seriesId, List<JsonFields> observations) throws SQLException {
        Series series = series(seriesId, false);
        List<Row> rows = new ArrayList<>(observations.size());
        for (JsonFields observation : observations) {
            rows.add(row(observation, series, true));
        }
        if (!observations.isEmpty()) {
            observations.get(0).throwIfAny();
        }
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            insertChunk(seriesId, chunk);
            chunk.forEach(row -> ids.add(ObservationId.encode((int) seriesId, row.time())));
        }
        refreshSummary(seriesId);
        return ids;
    }

    private void insertChunk(long seriesId, List<Row> rows) throws SQLException {
        int n = rows.size();
        String[] times = new String[n];
        String[] begins = new String[n];
        Double[] values = new Double[n];
        String[] texts = new String[n];
        String[] flags = new String[n];
        Double[] longitudes = new Double[n];
        Double[] latitudes = new Double[n];
        Double[] altitudes = new Double[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            times[i] = row.time().toString();
            begins[i] = row.begin() == null ? null : row.begin().toString();
            values[i] = row.value();
            texts[i] = row.text();
            flags[i] = row.flags();
            longitudes[i] = row.longitude();
            latitudes[i] = row.latitude();
            altitudes[i] = row.altitude();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into measurement (series_id, time, time_begin, value, result, flags, longitude, latitude, altitude)
                select ?, t::timestamptz, b::timestamptz, v, r, f, x, y, z
                from unnest(?::text[], ?::text[], ?::float8[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::float8[])
                     as u(t, b, v, r, f, x, y, z)
                on conflict (series_id, time) do nothing""")) {
            insert.setLong(1, seriesId);
            insert.setArray(2, connection.createArrayOf("text", times));
            insert.setArray(3, connection.createArrayOf("text", begins));
            insert.setArray(4, connection.createArrayOf("float8", values));
            insert.setArray(5, connection.createArrayOf("text", texts));
            insert.setArray(6, connection.createArrayOf("text", flags));
            insert.setArray(7, connection.createArrayOf("float8", longitudes));
            insert.setArray(8, connection.createArrayOf("float8", latitudes));
            insert.setArray(9, connection.createArrayOf("float8", altitudes));
            int inserted = insert.executeUpdate();
            if (inserted < n) {
                throw WriteRefused.conflict((n - inserted) + " rows of the DataArray of Datastream " + seriesId
                        + " have the phenomenonTime of an existing Observation or of another row: one row per series and"
                        + " time; nothing was written");
            }
        }
    }

    /** Checks an Observation of a Datastream that does not exist yet (deep insert); station = its (lon, lat). */
    Prepared prepare(JsonFields observation, boolean numeric, double[] station) throws SQLException {
        observation.allow("Observation", WRITABLE, READ_ONLY);
        if (observation.has("Datastream")) {
            observation.error("Datastream", "the Datastream is the enclosing entity");
        }
        return new Prepared(numeric, row(observation, new Series(-1, numeric, station[0], station[1], -1), true));
    }

    void insert(long seriesId, Prepared prepared) throws SQLException {
        insert(seriesId, prepared.row());
    }

    /** PATCH (or PUT, which needs the mandatory result) of result, resultQuality and parameters: time is the key. */
    void update(long id, JsonFields observation, boolean replace) throws SQLException {
        observation.allow("Observation", Set.of("phenomenonTime", "resultTime", "result", "resultQuality", "parameters"),
                Set.of("validTime", "Datastream", "MultiDatastream", "FeatureOfInterest"));
        ObservationId key = ObservationId.decode(id).orElseThrow(() -> WriteRefused.notFound("no Observations(" + id + ")"));
        Series series = series(key.seriesId(), true);
        Instant time = existingTime(key);
        if (observation.has("phenomenonTime")) {
            Instant[] given = interval(observation, "phenomenonTime");
            if (given != null && !given[1].equals(time)) {
                observation.error("phenomenonTime", "is the Observation's key (its id): to move it, delete it and post a new one");
            }
        }
        if (replace && !observation.has("result")) {
            observation.error("result", "missing (mandatory)");
        }
        Row row = row(observation, series, false);
        observation.throwIfAny();
        try (PreparedStatement update = connection.prepareStatement("""
                update measurement set value = case when ? then ? else value end,
                    result = case when ? then ? else result end,
                    flags = case when ? then ? else flags end,
                    longitude = case when ? then ? else longitude end,
                    latitude = case when ? then ? else latitude end,
                    altitude = case when ? then ? else altitude end
                where series_id = ? and time = ?""")) {
            boolean result = observation.raw("result") != null || replace;
            update.setBoolean(1, result && series.numeric());
            update.setObject(2, row.value());
            update.setBoolean(3, result && !series.numeric());
            update.setString(4, row.text());
            update.setBoolean(5, observation.raw("resultQuality") != null || replace);
            update.setString(6, row.flags());
            boolean position = observation.raw("parameters") != null || replace;
            for (int i = 0; i < 3; i++) {
                update.setBoolean(7 + 2 * i, position);
            }
            update.setObject(8, row.longitude());
            update.setObject(10, row.latitude());
            update.setObject(12, row.altitude());
            update.setLong(13, series.id());
            update.setObject(14, utc(time));
            update.executeUpdate();
        }
        refreshSummary(series.id());
    }

    void delete(long id) throws SQLException {
        ObservationId key = ObservationId.decode(id).orElseThrow(() -> WriteRefused.notFound("no Observations(" + id + ")"));
        Series series = series(key.seriesId(), true);
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from measurement where series_id = ? and time = ?")) {
            delete.setLong(1, series.id());
            delete.setObject(2, utc(existingTime(key)));
            delete.executeUpdate();
        }
        refreshSummary(series.id());
    }

    /** The time of the row an id stands for (the first of its second, as reads answer it); 404 when none. */
    private Instant existingTime(ObservationId key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select time from measurement where series_id = ? and time >= ? and time < ? order by time limit 1""")) {
            select.setInt(1, key.seriesId());
            select.setObject(2, utc(key.second()));
            select.setObject(3, utc(key.second().plusSeconds(1)));
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw WriteRefused.notFound("no Observations(" + ObservationId.encode(key.seriesId(), key.second()) + ")");
                }
                return rows.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private Series series(long id, boolean inPath) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select s.data_type, s.additional_values <> '[]'::jsonb, d.producer_id, f.longitude, f.latitude, f.id,
                       s.written_through_sta
                from series s join dataset d on d.id = s.dataset_id join sampling_feature f on f.id = s.sampling_feature_id
                where s.id = ?""")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw inPath ? WriteRefused.notFound("no Datastreams(" + id + ")")
                            : WriteRefused.badRequest("$.Datastream: no Datastream with @iot.id " + id + " to link to");
                }
                if (rows.getBoolean(2)) {
                    throw WriteRefused.badRequest("series " + id + " is a MultiDatastream: its Observations are not written"
                            + " through the SensorThings API");
                }
                access.check(rows.getString(3));
                if (!rows.getBoolean(7)) {
                    throw Ownership.deposited("the Observations of Datastreams(" + id + ")", rows.getString(3));
                }
                WriteAccess.lockShared(connection, rows.getString(3));
                return new Series(id, "Numeric".equals(rows.getString(1)), rows.getDouble(4), rows.getDouble(5), rows.getLong(6));
            }
        }
    }

    private Row row(JsonFields observation, Series series, boolean create) throws SQLException {
        Instant[] times = observation.has("phenomenonTime") ? interval(observation, "phenomenonTime")
                : create ? new Instant[] {null, Instant.now()} : new Instant[] {null, null};
        if (times != null && times[1] != null && observation.has("resultTime")) {
            Instant[] result = interval(observation, "resultTime");
            if (result != null && (result[0] != null || !result[1].equals(times[1]))) {
                observation.error("resultTime", "must be the end of phenomenonTime (" + times[1]
                        + "): a measurement row has one time");
            }
        }
        Double value = null;
        String text = null;
        JsonNode result = observation.raw("result");
        if (result == null) {
            if (create) {
                observation.error("result", "missing (mandatory)");
            }
        } else if (series.numeric()) {
            if (result.isNumber()) {
                value = result.doubleValue();
            } else if (!result.isNull()) {
                observation.error("result", "must be a number: the Datastream is an OM_Measurement (got "
                        + result.getNodeType().name().toLowerCase() + " " + result + ")");
            }
        } else if (!result.isNull()) {
            text = result.isTextual() ? result.textValue() : result.toString();
        }
        String flags = flags(observation);
        Double[] position = position(observation, series);
        return new Row(times == null ? null : times[0], times == null ? null : times[1], value, text, flags,
                position[0], position[1], position[2]);
    }

    /** resultQuality: a flag code or an array of them, kept as the pivot model's {@code 11|13}. */
    private static String flags(JsonFields observation) {
        JsonNode quality = observation.raw("resultQuality");
        if (quality == null || quality.isNull()) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode code : quality.isArray() ? quality : List.of(quality)) {
            if (!code.isTextual() && !code.isNumber() || code.asText().contains("|") || code.asText().isBlank()) {
                observation.error("resultQuality", "must be a flag code or an array of codes (strings without '|'), not " + code);
                return null;
            }
            codes.add(code.asText());
        }
        return String.join("|", codes);
    }

    /**
     * The row's own position, from parameters {longitude, latitude, altitude} or a FeatureOfInterest
     * other than the station; none when it is the station (the FeatureOfInterest derived from the
     * Thing's Location, which is never a new entity, so concurrent posts cannot duplicate it).
     */
    private Double[] position(JsonFields observation, Series series) throws SQLException {
        Double[] position = new Double[3];
        JsonFields parameters = observation.entity("parameters", false);
        if (parameters != null) {
            parameters.allow("parameters", POSITION, Set.of());
            String[] names = {"longitude", "latitude", "altitude"};
            for (int i = 0; i < 3; i++) {
                JsonNode value = parameters.raw(names[i]);
                if (value != null && !value.isNull()) {
                    if (value.isNumber()) {
                        position[i] = value.doubleValue();
                    } else {
                        parameters.error(names[i], "must be a number");
                    }
                }
            }
        }
        JsonFields feature = observation.entity("FeatureOfInterest", false);
        if (feature != null) {
            Long linked = feature.linkId();
            StationGeometry geometry;
            if (linked != null) {
                geometry = linked == series.stationId() ? null : station(feature, linked);
            } else {
                feature.allow("FeatureOfInterest", Set.of("name", "description", "encodingType", "feature", "properties"),
                        Set.of("Observations"));
                feature.text("name", true);
                feature.text("description", true);
                StationGeometry.checkEncoding(feature);
                geometry = StationGeometry.read(feature, "feature");
                if (geometry != null && !geometry.type().equals("Point")) {
                    feature.error("feature", "an Observation's own FeatureOfInterest is a Point (its position), not a " + geometry.type());
                }
            }
            if (geometry != null && (geometry.longitude() != series.longitude() || geometry.latitude() != series.latitude())) {
                position[0] = geometry.longitude();
                position[1] = geometry.latitude();
                position[2] = geometry.altitude();
            }
        }
        return position;
    }

    private StationGeometry station(JsonFields feature, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select geometry::text, geometry_type, longitude, latitude, altitude from sampling_feature where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    feature.error("@iot.id", "no FeatureOfInterest " + id + " to link to");
                    return null;
                }
                return new StationGeometry(rows.getString(1), rows.getString(2), rows.getDouble(3), rows.getDouble(4),
                        (Double) rows.getObject(5));
            }
        }
    }

    /** An ISO 8601 instant {@code [null, t]} or interval {@code [start, end]}; null with the error noted. */
    private static Instant[] interval(JsonFields entity, String member) {
        JsonNode value = entity.raw(member);
        if (!value.isTextual()) {
            entity.error(member, "must be an ISO 8601 time or interval string");
            return null;
        }
        String[] parts = value.textValue().split("/", -1);
        try {
            if (parts.length == 1) {
                return new Instant[] {null, instant(parts[0])};
            }
            if (parts.length == 2) {
                Instant start = instant(parts[0]);
                Instant end = instant(parts[1]);
                if (end.isBefore(start)) {
                    entity.error(member, "the interval ends before it starts");
                    return null;
                }
                return new Instant[] {start.equals(end) ? null : start, end};
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        entity.error(member, "'" + value.textValue() + "' is not an ISO 8601 time (2020-01-01T10:00:00Z) or interval (start/end)");
        return null;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private void insert(long seriesId, Row row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into measurement (series_id, time, time_begin, value, result, flags, longitude, latitude, altitude)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (series_id, time) do nothing""")) {
            insert.setLong(1, seriesId);
            insert.setObject(2, utc(row.time()));
            insert.setObject(3, row.begin() == null ? null : utc(row.begin()));
            insert.setObject(4, row.value());
            insert.setString(5, row.text());
            insert.setString(6, row.flags());
            insert.setObject(7, row.longitude());
            insert.setObject(8, row.latitude());
            insert.setObject(9, row.altitude());
            if (insert.executeUpdate() == 0) {
                throw WriteRefused.conflict("Datastream " + seriesId + " already has an Observation at " + row.time()
                        + " (Observations(" + ObservationId.encode((int) seriesId, row.time()) + ")): one row per series and"
                        + " time; PATCH that Observation to change it");
            }
        }
        try (PreparedStatement summary = connection.prepareStatement("""
                update series set row_count = row_count + 1, first_time = least(first_time, ?), last_time = greatest(last_time, ?),
                    min_value = least(min_value, ?), max_value = greatest(max_value, ?)
                where id = ?""")) {
            summary.setObject(1, utc(row.begin() == null ? row.time() : row.begin()));
            summary.setObject(2, utc(row.time()));
            summary.setObject(3, row.value());
            summary.setObject(4, row.value());
            summary.setLong(5, seriesId);
            summary.executeUpdate();
        }
    }

    /** After a change or removal the extremes may have gone: recompute them from the series' rows. */
    private void refreshSummary(long seriesId) throws SQLException {
        try (PreparedStatement summary = connection.prepareStatement("""
                update series s set row_count = m.n, first_time = m.first, last_time = m.last, min_value = m.min, max_value = m.max
                from (select count(*) n, min(coalesce(time_begin, time)) first, max(time) last, min(value) min, max(value) max
                      from measurement where series_id = ?) m
                where s.id = ?""")) {
            summary.setLong(1, seriesId);
            summary.setLong(2, seriesId);
            summary.executeUpdate();
        }
    }
}
