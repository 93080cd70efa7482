package fr.ozcar.insitu.sensorthings.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Things as stations ({@code sampling_feature}): a Thing is created with its one Location (the
 * station's geometry) and, by deep insert, its Datastreams.
 */
final class ThingWrites {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITABLE = Set.of("name", "description", "properties", "Locations", "Datastreams");
    private static final Set<String> READ_ONLY = Set.of("HistoricalLocations");
    /** Members of Thing.properties that the server derives from the pivot model (sta_thing). */
    private static final Set<String> DERIVED_PROPERTIES = Set.of("producerName", "producerTitle", "datasets");

    private final Connection connection;
    private final WriteAccess access;

    ThingWrites(Connection connection, WriteAccess access) {
        this.connection = connection;
        this.access = access;
    }

    /**
     * The station's producer, after checking that the caller may write it; 404 when there is no such
     * Thing. To change or delete it ({@code change}), the station must have been written through
     * SensorThings: a deposited one is its deposit's (409).
     */
    String producerOf(long thingId, boolean inPath, boolean change) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select producer_id, written_through_sta from sampling_feature where id = ?")) {
            select.setLong(1, thingId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw inPath ? WriteRefused.notFound("no Things(" + thingId + ")")
                            : WriteRefused.badRequest("no Thing with @iot.id " + thingId + " to link to");
                }
                String producer = rows.getString(1);
                access.check(producer);
                if (change && !rows.getBoolean(2)) {
                    throw Ownership.deposited("Things(" + thingId + ")", producer);
                }
                WriteAccess.lockShared(connection, producer);
                return producer;
            }
        }
    }

    long create(JsonFields thing) throws SQLException {
        thing.allow("Thing", WRITABLE, READ_ONLY);
        String name = thing.text("name", true);
        String description = thing.text("description", true);
        ObjectNode properties = thing.object("properties", false);
        String declared = properties != null && properties.path("producerId").isTextual()
                ? properties.path("producerId").textValue() : null;
        String producer = access.producerOf(declared, thing);
        List<JsonFields> locations = thing.entities("Locations");
        if (locations.size() != 1) {
            thing.error("Locations", "a Thing here is a station, which has exactly one Location (its position): got "
                    + locations.size());
        }
        StationGeometry geometry = locations.size() == 1 ? location(locations.get(0)) : null;
        DatastreamWrites datastreams = new DatastreamWrites(connection, access);
        double[] station = geometry == null ? new double[] {0, 0} : new double[] {geometry.longitude(), geometry.latitude()};
        List<DatastreamWrites.Prepared> prepared = new ArrayList<>();
        for (JsonFields datastream : thing.entities("Datastreams")) {
            if (datastream.has("Thing")) {
                datastream.error("Thing", "the Thing is the enclosing entity");
            }
            prepared.add(datastreams.prepare(datastream, station));
        }
        thing.throwIfAny();
        checkProducer(producer, thing);
        access.check(producer);
        WriteAccess.lockShared(connection, producer);
        long id = insert(producer, name, description, properties, geometry);
        for (DatastreamWrites.Prepared datastream : prepared) {
            datastreams.insert(datastream, id, producer);
        }
        return id;
    }

    /** The (longitude, latitude) of a station: an Observation there needs no position of its own. */
    double[] position(long thingId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select longitude, latitude from sampling_feature where id = ?")) {
            select.setLong(1, thingId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new double[] {rows.getDouble(1), rows.getDouble(2)};
            }
        }
    }

    /** PATCH (merge) or PUT (replace: the mandatory members must be there) of name, description, properties, Locations. */
    void update(long id, JsonFields thing, boolean replace) throws SQLException {
        thing.allow("Thing", Set.of("name", "description", "properties", "Locations"), Set.of("Datastreams", "HistoricalLocations"));
        String name = thing.text("name", replace);
        String description = thing.text("description", replace);
        ObjectNode properties = thing.object("properties", false);
        StationGeometry geometry = null;
        if (thing.has("Locations")) {
            List<JsonFields> locations = thing.entities("Locations");
            if (locations.size() != 1) {
                thing.error("Locations", "a station has exactly one Location: got " + locations.size());
            } else {
                geometry = location(locations.get(0));
            }
        }
        thing.throwIfAny();
        String producer = producerOf(id, true, true);
        if (properties != null && properties.has("producerId") && !producer.equals(properties.path("producerId").asText())) {
            throw WriteRefused.badRequest("$.properties.producerId: a Thing stays with its producer (" + producer + ")");
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update sampling_feature set name = coalesce(?, name),
                    properties = case when ?::jsonb is not null
                                      then ?::jsonb || jsonb_strip_nulls(jsonb_build_object('description', properties -> 'description'))
                                      else properties end || coalesce(?::jsonb, '{}'),
                    geometry = coalesce(?::jsonb, geometry), geometry_type = coalesce(?, geometry_type),
                    longitude = coalesce(?, longitude), latitude = coalesce(?, latitude),
                    altitude = case when ? then ? else altitude end
                where id = ?""")) {
            String stored = properties == null && !replace ? null : JSON.writeValueAsString(stored(properties, null));
            update.setString(1, name);
            update.setString(2, stored);
            update.setString(3, stored);
            update.setString(4, description == null ? null : JSON.writeValueAsString(JSON.createObjectNode().put("description", description)));
            update.setString(5, geometry == null ? null : geometry.geoJson());
            update.setString(6, geometry == null ? null : geometry.type());
            update.setObject(7, geometry == null ? null : geometry.longitude());
            update.setObject(8, geometry == null ? null : geometry.latitude());
            update.setBoolean(9, geometry != null);
            update.setObject(10, geometry == null ? null : geometry.altitude());
            update.setLong(11, id);
            update.executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the station with its series and their measurements (a Thing's Datastreams go with it). */
    void delete(long id) throws SQLException {
        producerOf(id, true, true);
        try (PreparedStatement measurements = connection.prepareStatement(
                "delete from measurement where series_id in (select id from series where sampling_feature_id = ?)");
             PreparedStatement series = connection.prepareStatement("delete from series where sampling_feature_id = ?");
             PreparedStatement station = connection.prepareStatement("delete from sampling_feature where id = ?")) {
            for (PreparedStatement statement : List.of(measurements, series, station)) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
        }
    }

    private StationGeometry location(JsonFields location) throws SQLException {
        Long linked = location.linkId();
        if (linked != null) {
            // Locations are stations' positions: linking one gives the new station the same position
            try (PreparedStatement select = connection.prepareStatement(
                    "select geometry::text, geometry_type, longitude, latitude, altitude from sampling_feature where id = ?")) {
                select.setLong(1, linked);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        location.error("@iot.id", "no Location " + linked + " to link to");
                        return null;
                    }
                    return new StationGeometry(rows.getString(1), rows.getString(2), rows.getDouble(3), rows.getDouble(4),
                            (Double) rows.getObject(5));
                }
            }
        }
        location.allow("Location", Set.of("name", "description", "encodingType", "location", "properties"),
                Set.of("Things", "HistoricalLocations"));
        location.text("name", true);
        location.text("description", true);
        StationGeometry.checkEncoding(location);
        return StationGeometry.read(location, "location");
    }

    private void checkProducer(String producer, JsonFields thing) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from producer where id = ?")) {
            select.setString(1, producer);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    thing.error("properties.producerId", "no producer '" + producer + "' (a producer exists once its"
                            + " metadata is deposited)");
                }
            }
        }
        thing.throwIfAny();
    }

    private long insert(String producer, String name, String description, ObjectNode properties, StationGeometry geometry)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into sampling_feature (producer_id, name, geometry, geometry_type, longitude, latitude, altitude,
                                              properties, written_through_sta)
                values (?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, true)
                on conflict (producer_id, name) do nothing
                returning id""")) {
            insert.setString(1, producer);
            insert.setString(2, name);
            insert.setString(3, geometry.geoJson());
            insert.setString(4, geometry.type());
            insert.setDouble(5, geometry.longitude());
            insert.setDouble(6, geometry.latitude());
            insert.setObject(7, geometry.altitude());
            insert.setString(8, JSON.writeValueAsString(stored(properties, description)));
            try (ResultSet rows = insert.executeQuery()) {
                if (!rows.next()) {
                    throw WriteRefused.conflict("producer " + producer + " already has a Thing named '" + name
                            + "' (station names are unique per producer): link to it with its @iot.id or choose another name");
                }
                return rows.getLong(1);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The properties kept on the station: what the client sent, less what the server derives. */
    private static ObjectNode stored(ObjectNode properties, String description) {
        ObjectNode stored = properties == null ? JSON.createObjectNode() : properties.deepCopy();
        stored.remove("producerId");
        stored.remove(DERIVED_PROPERTIES);
        if (description != null) {
            stored.put("description", description);
        }
        return stored;
    }
}
