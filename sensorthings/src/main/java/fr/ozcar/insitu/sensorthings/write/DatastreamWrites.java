package fr.ozcar.insitu.sensorthings.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Datastreams as series of a dataset of the Thing's producer, with the Sensor (the series'
 * procedure) and ObservedProperty (its property, resolved to a thesaurus variable when the
 * definition is one) given inline or linked by {@code @iot.id}.
 *
 * <p>The dataset: {@code properties.datasetId} when given (a dataset of the Thing's producer), else
 * the producer's SensorThings dataset {@code <producer>_DAT_STA}, created on first use.
 */
final class DatastreamWrites {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OM = "http://www.opengis.net/def/observationType/OGC-OM/2.0/";
    /** observationType -> the pivot data type of the series (what its rows hold: a number or a text). */
    private static final Map<String, String> DATA_TYPES = Map.of(
            OM + "OM_Measurement", "Numeric",
            OM + "OM_CountObservation", "Numeric",
            OM + "OM_CategoryObservation", "Text",
            OM + "OM_TruthObservation", "Text",
            OM + "OM_Observation", "Text");
    private static final Set<String> PROCESSING_LEVELS = Set.of("Raw data", "Quality-controlled data", "Derived products");
    private static final Set<String> WRITABLE = Set.of("name", "description", "unitOfMeasurement", "observationType",
            "properties", "Thing", "Sensor", "ObservedProperty", "Observations");
    private static final Set<String> READ_ONLY = Set.of("phenomenonTime", "resultTime", "observedArea");

    private final Connection connection;
    private final WriteAccess access;

    DatastreamWrites(Connection connection, WriteAccess access) {
        this.connection = connection;
        this.access = access;
    }

    /** A Datastream checked whole (with its nested Observations), ready to be inserted once its Thing exists. */
    record Prepared(JsonFields json, String name, String description, String unit, String observationType,
                    String dataType, String processingLevel, ObjectNode procedure, Property property, String dataset,
                    ObjectNode properties, List<ObservationWrites.Prepared> observations) {
    }

    /** A new Datastream of a Thing given by the path, or by its own Thing member (a link or a new Thing). */
    long create(JsonFields datastream, Long thingId) throws SQLException {
        ThingWrites things = new ThingWrites(connection, access);
        if (thingId != null) {
            if (datastream.has("Thing")) {
                datastream.error("Thing", "the Thing is given by the path");
            }
            String producer = things.producerOf(thingId, true, false);
            Prepared prepared = prepare(datastream, things.position(thingId));
            datastream.throwIfAny();
            return insert(prepared, thingId, producer);
        }
        JsonFields linked = datastream.entity("Thing", true);
        datastream.throwIfAny();
        Long id = linked.linkId();
        if (id == null) {
            // a new Thing: created with this Datastream as its own (deep insert)
            ObjectNode thing = linked.node().deepCopy();
            thing.putArray("Datastreams").add(datastream.node().deepCopy().without("Thing"));
            long created = things.create(new JsonFields(thing, linked.path(), datastream.errors()));
            return firstSeries(created);
        }
        linked.throwIfAny();
        String producer = things.producerOf(id, false, false);
        Prepared prepared = prepare(datastream, things.position(id));
        datastream.throwIfAny();
        return insert(prepared, id, producer);
    }

    /**
     * Checks a Datastream and its nested Observations without writing anything (links are looked up),
     * noting every problem; {@code station} is the position of its Thing's station (lon, lat).
     */
    Prepared prepare(JsonFields datastream, double[] station) throws SQLException {
        datastream.allow("Datastream", WRITABLE, READ_ONLY);
        String name = datastream.text("name", true);
        String description = datastream.text("description", true);
        ObjectNode unit = datastream.object("unitOfMeasurement", true);
        String symbol = unit == null ? null : unitSymbol(new JsonFields(unit, datastream.path() + ".unitOfMeasurement", datastream.errors()));
        String observationType = datastream.text("observationType", true);
        String dataType = observationType == null ? null : DATA_TYPES.get(observationType);
        if (observationType != null && dataType == null) {
            datastream.error("observationType", "'" + observationType + "' is not one of " + DATA_TYPES.keySet().stream().sorted().toList()
                    + " (MultiDatastreams are not written here)");
        }
        if (OM.concat("OM_Measurement").equals(observationType) && "N/A".equals(symbol)) {
            datastream.error("unitOfMeasurement.symbol", "an OM_Measurement is a quantity: it needs a unit symbol");
        }
        if ("Text".equals(dataType) && symbol != null && !"N/A".equals(symbol)) {
            datastream.error("unitOfMeasurement", "a " + observationType.substring(OM.length()) + " has no unit: send"
                    + " {\"name\": null, \"symbol\": null, \"definition\": null} or use OM_Measurement for a quantity");
        }
        ObjectNode properties = datastream.object("properties", false);
        String processingLevel = properties != null && properties.has("processingLevel")
                ? properties.path("processingLevel").asText() : "Raw data";
        if (!PROCESSING_LEVELS.contains(processingLevel)) {
            datastream.error("properties.processingLevel", "must be one of " + PROCESSING_LEVELS.stream().sorted().toList());
        }
        ObjectNode procedure = sensor(datastream.entity("Sensor", true));
        Property property = observedProperty(datastream.entity("ObservedProperty", true));
        String dataset = properties != null && properties.path("datasetId").isTextual()
                ? properties.path("datasetId").textValue() : null;
        ObservationWrites observations = new ObservationWrites(connection, access);
        List<ObservationWrites.Prepared> rows = new ArrayList<>();
        for (JsonFields observation : datastream.entities("Observations")) {
            rows.add(observations.prepare(observation, "Numeric".equals(dataType), station));
        }
        return new Prepared(datastream, name, description, symbol, observationType, dataType, processingLevel, procedure,
                property, dataset, properties, rows);
    }

    /** Inserts a checked Datastream under its Thing, with its Observations. */
    long insert(Prepared prepared, long thing, String producer) throws SQLException {
        String dataset = prepared.dataset() == null ? stationDataset(producer) : checkDataset(prepared.dataset(), producer);
        long id = insert(dataset, thing, prepared);
        ObservationWrites observations = new ObservationWrites(connection, access);
        for (ObservationWrites.Prepared observation : prepared.observations()) {
            observations.insert(id, observation);
        }
        return id;
    }

    private long firstSeries(long thing) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id from series where sampling_feature_id = ? order by id limit 1")) {
            select.setLong(1, thing);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** PATCH or PUT of what a client names (name, description); the rest shapes the stored rows. */
    void update(long id, JsonFields datastream, boolean replace) throws SQLException {
        datastream.allow("Datastream", Set.of("name", "description"), READ_ONLY);
        String name = datastream.text("name", replace);
        String description = datastream.text("description", replace);
        datastream.throwIfAny();
        producerOf(id);
        try (PreparedStatement update = connection.prepareStatement("""
                update series set document = jsonb_set(document, '{sensorThings}', coalesce(document -> 'sensorThings', '{}')
                    || jsonb_strip_nulls(jsonb_build_object('name', ?::text, 'description', ?::text)))
                where id = ?""")) {
            update.setString(1, name);
            update.setString(2, description);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /** Deletes the series and its measurements (a Datastream's Observations go with it). */
    void delete(long id) throws SQLException {
        producerOf(id);
        try (PreparedStatement measurements = connection.prepareStatement("delete from measurement where series_id = ?");
             PreparedStatement series = connection.prepareStatement("delete from series where id = ?")) {
            for (PreparedStatement statement : List.of(measurements, series)) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
        }
    }

    /** The producer of a series written through SensorThings, after checking that the caller may change it. */
    private String producerOf(long seriesId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select d.producer_id, s.written_through_sta from series s join dataset d on d.id = s.dataset_id where s.id = ?")) {
            select.setLong(1, seriesId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw WriteRefused.notFound("no Datastreams(" + seriesId + ")");
                }
                String producer = rows.getString(1);
                access.check(producer);
                if (!rows.getBoolean(2)) {
                    throw Ownership.deposited("Datastreams(" + seriesId + ")", producer);
                }
                WriteAccess.lockShared(connection, producer);
                return producer;
            }
        }
    }

    /** The unit symbol, or N/A for a unit-less result (the pivot model's word for it). */
    private static String unitSymbol(JsonFields unit) {
        unit.allow("unitOfMeasurement", Set.of("name", "symbol", "definition"), Set.of());
        unit.text("name", false);
        unit.text("definition", false);
        String symbol = unit.text("symbol", false);
        return symbol == null || symbol.isBlank() ? "N/A" : symbol;
    }

    private ObjectNode sensor(JsonFields sensor) throws SQLException {
        if (sensor == null) {
            return null;
        }
        Long linked = sensor.linkId();
        if (linked != null) {
            // a Sensor is a series' procedure: linking one gives the new series the same procedure
            try (PreparedStatement select = connection.prepareStatement("select coalesce(procedure, '{}')::text from series where id = ?")) {
                select.setLong(1, linked);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        sensor.error("@iot.id", "no Sensor " + linked + " to link to");
                        return null;
                    }
                    return (ObjectNode) JSON.readTree(rows.getString(1));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        sensor.allow("Sensor", Set.of("name", "description", "encodingType", "metadata", "properties"), Set.of("Datastreams"));
        String name = sensor.text("name", true);
        String description = sensor.text("description", true);
        String encoding = sensor.text("encodingType", true);
        JsonNode metadata = sensor.raw("metadata");
        if (metadata == null || metadata.isNull()) {
            sensor.error("metadata", "missing (mandatory)");
        }
        ObjectNode procedure = JSON.createObjectNode();
        ObjectNode production = procedure.putObject("dataProduction");
        production.put("method", description);
        production.putArray("sensors").addObject().put("model", name);
        ObjectNode given = procedure.putObject("sensorThings");
        given.put("name", name).put("description", description).put("encodingType", encoding);
        given.set("metadata", metadata);
        return procedure;
    }

    record Property(String name, String definition, String description, String variableIri) {
    }

    private Property observedProperty(JsonFields property) throws SQLException {
        if (property == null) {
            return null;
        }
        Long linked = property.linkId();
        if (linked != null) {
            try (PreparedStatement select = connection.prepareStatement(
                    "select name, definition, description from sta_observed_property where id = ?")) {
                select.setLong(1, linked);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        property.error("@iot.id", "no ObservedProperty " + linked + " to link to");
                        return null;
                    }
                    return new Property(rows.getString(1), rows.getString(2), rows.getString(3), variable(rows.getString(2)));
                }
            }
        }
        property.allow("ObservedProperty", Set.of("name", "definition", "description", "properties"), Set.of("Datastreams"));
        String name = property.text("name", true);
        String definition = property.text("definition", true);
        String description = property.text("description", true);
        return new Property(name, definition, description, definition == null ? null : variable(definition));
    }

    /** The thesaurus variable whose IRI the definition is, so that the series is found by variable. */
    private String variable(String definition) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select iri from variable where iri = ?")) {
            select.setString(1, definition);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private String checkDataset(String dataset, String producer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select producer_id from dataset where id = ?")) {
            select.setString(1, dataset);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next() || !producer.equals(rows.getString(1))) {
                    throw WriteRefused.badRequest("$.properties.datasetId: no dataset '" + dataset + "' of producer " + producer
                            + " (the Thing's producer)");
                }
                return dataset;
            }
        }
    }

    /** The producer's dataset of SensorThings writes, created on first use. */
    private String stationDataset(String producer) throws SQLException {
        String id = producer + "_DAT_STA";
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into dataset (id, producer_id, title, description, document)
                select ?, p.id, 'SensorThings API observations of ' || p.name,
                       'Series created through the SensorThings API by the data managers of ' || p.title, '{}'
                from producer p where p.id = ?
                on conflict (id) do nothing""")) {
            insert.setString(1, id);
            insert.setString(2, producer);
            insert.executeUpdate();
        }
        return id;
    }

    private long insert(String dataset, long thing, Prepared p) throws SQLException {
        long id;
        try (PreparedStatement next = connection.prepareStatement("select nextval(pg_get_serial_sequence('series', 'id'))");
             ResultSet rows = next.executeQuery()) {
            rows.next();
            id = rows.getLong(1);
        }
        ObjectNode document = JSON.createObjectNode();
        ObjectNode given = document.putObject("sensorThings");
        given.put("name", p.name()).put("description", p.description()).put("observationType", p.observationType());
        given.set("unitOfMeasurement", p.json().raw("unitOfMeasurement"));
        given.put("observedPropertyDefinition", p.property().definition());
        if (p.properties() != null) {
            given.set("properties", p.properties());
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into series (id, observation_id, dataset_id, sampling_feature_id, property_name, unit,
                    property_description, variable_iri, processing_level, data_type, time_serie, procedure, data_file,
                    document, written_through_sta)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?::jsonb, 'sensorthings', ?::jsonb, true)""")) {
            insert.setLong(1, id);
            insert.setString(2, dataset.substring(0, 4) + "_OBS_STA_" + id);
            insert.setString(3, dataset);
            insert.setLong(4, thing);
            insert.setString(5, p.property().name());
            insert.setString(6, p.unit());
            insert.setString(7, p.property().description());
            insert.setString(8, p.property().variableIri());
            insert.setString(9, p.processingLevel());
            insert.setString(10, p.dataType());
            insert.setString(11, JSON.writeValueAsString(p.procedure()));
            insert.setString(12, JSON.writeValueAsString(document));
            insert.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
