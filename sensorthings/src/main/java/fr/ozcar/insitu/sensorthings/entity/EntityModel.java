package fr.ozcar.insitu.sensorthings.entity;

import static fr.ozcar.insitu.sensorthings.entity.PropertyKind.GEOMETRY;
import static fr.ozcar.insitu.sensorthings.entity.PropertyKind.INSTANT;
import static fr.ozcar.insitu.sensorthings.entity.PropertyKind.INTERVAL;
import static fr.ozcar.insitu.sensorthings.entity.PropertyKind.JSON;
import static fr.ozcar.insitu.sensorthings.entity.PropertyKind.RESULT;
import static fr.ozcar.insitu.sensorthings.entity.PropertyKind.STRING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entity types of one API version and their mapping onto the {@code sta_*} views
 * (migration V30; the mapping is explained in docs/sensorthings-mapping.md).
 */
public final class EntityModel {

    private static final String SERIES_OF_FEATURE = "(select s.id from series s where s.sampling_feature_id = {s}.id)";

    private final StaVersion version;
    private final Map<String, EntityType> bySetName = new LinkedHashMap<>();
    private final Map<String, EntityType> byName = new LinkedHashMap<>();

    private EntityModel(StaVersion version, List<EntityType> types) {
        this.version = version;
        for (EntityType type : types) {
            bySetName.put(type.setName(), type);
            byName.put(type.name(), type);
        }
    }

    public static EntityModel of(StaVersion version) {
        boolean multi = version == StaVersion.V1_1;
        List<String> multiNavigations = multi ? List.of() : List.of("MultiDatastreams", "MultiDatastream");
        var types = new java.util.ArrayList<EntityType>();
        types.add(EntityType.builder("Thing", "Things", "sta_thing")
                .property("name", STRING, "name")
                .property("description", STRING, "description")
                .property("properties", JSON, "properties")
                .toMany("Locations", "Location", "{t}.id = {s}.id")
                .toMany("HistoricalLocations", "HistoricalLocation", "{t}.id = {s}.id")
                .toMany("Datastreams", "Datastream", "{t}.thing_id = {s}.id")
                .toMany("MultiDatastreams", "MultiDatastream", "{t}.thing_id = {s}.id")
                .without(multiNavigations).build());
        types.add(EntityType.builder("Location", "Locations", "sta_location")
                .property("name", STRING, "name")
                .property("description", STRING, "description")
                .property("encodingType", STRING, "encoding_type")
                .stationGeometry("location", "location")
                .property("properties", JSON, "properties")
                .toMany("Things", "Thing", "{t}.id = {s}.id")
                .toMany("HistoricalLocations", "HistoricalLocation", "{t}.id = {s}.id")
                .build());
        types.add(EntityType.builder("HistoricalLocation", "HistoricalLocations", "sta_historical_location")
                .property("time", INSTANT, "time")
                .toOne("Thing", "Thing", "{t}.id = {s}.id")
                .toMany("Locations", "Location", "{t}.id = {s}.id")
                .build());
        types.add(EntityType.builder("Datastream", "Datastreams", "sta_datastream")
                .property("name", STRING, "name")
                .property("description", STRING, "description")
                .property("unitOfMeasurement", JSON, "unit_of_measurement")
                .property("observationType", STRING, "observation_type")
                .property("observedArea", GEOMETRY, "observed_area")
                .property("phenomenonTime", INTERVAL, "phenomenon_time")
                .property("resultTime", INTERVAL, "result_time")
                .property("properties", JSON, "properties")
                .toOne("Thing", "Thing", "{t}.id = {s}.thing_id")
                .toOne("Sensor", "Sensor", "{t}.id = {s}.id")
                .toOne("ObservedProperty", "ObservedProperty", "{t}.id = {s}.observed_property_id")
                .toMany("Observations", "Observation", "{t}.datastream_id = {s}.id")
                .build());
        if (multi) {
            types.add(EntityType.builder("MultiDatastream", "MultiDatastreams", "sta_multi_datastream")
                    .property("name", STRING, "name")
                    .property("description", STRING, "description")
                    .property("unitOfMeasurements", JSON, "unit_of_measurements")
                    .property("observationType", STRING, "observation_type")
                    .property("multiObservationDataTypes", JSON, "multi_observation_data_types")
                    .property("observedArea", GEOMETRY, "observed_area")
                    .property("phenomenonTime", INTERVAL, "phenomenon_time")
                    .property("resultTime", INTERVAL, "result_time")
                    .property("properties", JSON, "properties")
                    .toOne("Thing", "Thing", "{t}.id = {s}.thing_id")
                    .toOne("Sensor", "Sensor", "{t}.id = {s}.id")
                    .toMany("ObservedProperties", "ObservedProperty", "{t}.id = any({s}.observed_property_ids)")
                    .toMany("Observations", "Observation", "{t}.datastream_id = {s}.id")
                    .build());
        }
        types.add(EntityType.builder("Sensor", "Sensors", "sta_sensor")
                .property("name", STRING, "name")
                .property("description", STRING, "description")
                .property("encodingType", STRING, "encoding_type")
                // a string in 1.0 (Table 13: "metadata: Any", read as a string by its OGC suite), any JSON in 1.1
                .property("metadata", multi ? JSON : STRING, multi ? "metadata" : "metadata_text")
                .property("properties", JSON, "properties")
                .toMany("Datastreams", "Datastream", "{t}.id = {s}.id")
                .toMany("MultiDatastreams", "MultiDatastream", "{t}.id = {s}.id")
                .without(multiNavigations).build());
        types.add(EntityType.builder("ObservedProperty", "ObservedProperties", "sta_observed_property")
                .property("name", STRING, "name")
                .property("definition", STRING, "definition")
                .property("description", STRING, "description")
                .property("properties", JSON, "properties")
                .toMany("Datastreams", "Datastream", "{t}.observed_property_id = {s}.id")
                .toMany("MultiDatastreams", "MultiDatastream", "{s}.id = any({t}.observed_property_ids)")
                .without(multiNavigations).build());
        // 1.0 has no MultiDatastreams: their rows (the only ones with additional values) would be
        // Observations without a Datastream and with an array result, which 1.0 cannot express
        String observations = multi ? "sta_observation" : "(select * from sta_observation where result_additional is null)";
        types.add(EntityType.builder("Observation", "Observations", observations)
                .property("phenomenonTime", PropertyKind.ROW_INTERVAL, "phenomenon_time")
                .property("resultTime", PropertyKind.ROW_TIME, "result_time")
                .property("result", RESULT, "result")
                .property("resultQuality", PropertyKind.FLAGS, "result_quality")
                .property("parameters", JSON, "parameters")
                .toOne("Datastream", "Datastream", "{t}.id = {s}.datastream_id")
                .toOne("MultiDatastream", "MultiDatastream", "{t}.id = {s}.datastream_id")
                .toOne("FeatureOfInterest", "FeatureOfInterest",
                        "{t}.id = (select s.sampling_feature_id from series s where s.id = {s}.datastream_id)")
                // the key order of the measurement table: pages walk its primary key
                .defaultOrder("datastream_id, time")
                .without(multiNavigations).build());
        types.add(EntityType.builder("FeatureOfInterest", "FeaturesOfInterest", "sta_feature_of_interest")
                .property("name", STRING, "name")
                .property("description", STRING, "description")
                .property("encodingType", STRING, "encoding_type")
                .stationGeometry("feature", "feature")
                .property("properties", JSON, "properties")
                .toMany("Observations", "Observation", "{t}.datastream_id = any(array" + SERIES_OF_FEATURE + ")")
                .build());
        if (!multi) {
            // SensorThings 1.0 has "properties" on Things and nowhere else (1.1 added the others)
            types.replaceAll(type -> type.name().equals("Thing") ? type : type.withoutProperty("properties"));
        }
        return new EntityModel(version, List.copyOf(types));
    }

    public StaVersion version() {
        return version;
    }

    public Optional<EntityType> bySetName(String setName) {
        return Optional.ofNullable(bySetName.get(setName));
    }

    public EntityType byName(String name) {
        EntityType type = byName.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no entity type " + name);
        }
        return type;
    }

    public Iterable<EntityType> entitySets() {
        return bySetName.values();
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }
}
