package fr.ozcar.insitu.sensorthings.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST CreateObservations} (OGC 18-088 §14.2.2, DataArray extension): items of
 * {@code {Datastream, components, dataArray}} become measurement rows, all or none — one bad row
 * anywhere is a 400 listing the bad rows and nothing is written (never a partial commit). The answer
 * is the standard's array of the created Observations' self links, in order.
 */
final class DataArrayWrites {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> COMPONENTS = Set.of("phenomenonTime", "result", "resultTime", "resultQuality",
            "parameters", "FeatureOfInterest/id");

    private final Connection connection;
    private final WriteAccess access;

    DataArrayWrites(Connection connection, WriteAccess access) {
        this.connection = connection;
        this.access = access;
    }

    /** The ids of the created Observations, in the order of the items and their rows. */
    List<Long> create(JsonNode body) throws SQLException {
        if (body == null || !body.isArray()) {
            throw WriteRefused.badRequest("the body of CreateObservations is a JSON array of"
                    + " {\"Datastream\": {\"@iot.id\": …}, \"components\": […], \"dataArray\": [[…], …]}");
        }
        JsonFields.Errors errors = new JsonFields.Errors();
        List<Long> seriesIds = new ArrayList<>();
        List<List<JsonFields>> rows = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String path = "$[" + i + "]";
            if (!body.get(i).isObject()) {
                errors.add(path + ": must be a JSON object");
                continue;
            }
            JsonFields item = new JsonFields((ObjectNode) body.get(i), path, errors);
            item.allow("DataArray item", Set.of("Datastream", "components", "dataArray", "dataArray@iot.count"), Set.of("MultiDatastream"));
            JsonFields datastream = item.entity("Datastream", true);
            Long seriesId = datastream == null ? null : datastream.linkId();
            if (datastream != null && seriesId == null) {
                datastream.error("@iot.id", "missing: a DataArray item names an existing Datastream");
            }
            List<String> components = components(item);
            rows.add(components == null ? List.of() : rows(item, components));
            seriesIds.add(seriesId);
        }
        errors.throwIfAny();
        List<Long> ids = new ArrayList<>();
        ObservationWrites observations = new ObservationWrites(connection, access);
        for (int i = 0; i < seriesIds.size(); i++) {
            ids.addAll(observations.createMany(seriesIds.get(i), rows.get(i)));
        }
        return ids;
    }

    private static List<String> components(JsonFields item) {
        JsonNode components = item.raw("components");
        if (components == null || !components.isArray() || components.isEmpty()) {
            item.error("components", "missing: the names of the values of each row, e.g. [\"phenomenonTime\", \"result\"]");
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode component : components) {
            if (!COMPONENTS.contains(component.asText()) || names.contains(component.asText())) {
                item.error("components", "'" + component.asText() + "' is not one of " + COMPONENTS.stream().sorted().toList()
                        + " or is repeated");
                return null;
            }
            names.add(component.asText());
        }
        if (!names.contains("result")) {
            item.error("components", "must contain result");
            return null;
        }
        return names;
    }

    /** Each row as the Observation it stands for, so that it is checked exactly like a single POST. */
    private static List<JsonFields> rows(JsonFields item, List<String> components) {
        JsonNode array = item.raw("dataArray");
        List<JsonFields> rows = new ArrayList<>();
        if (array == null || !array.isArray()) {
            item.error("dataArray", "missing: an array of rows, each an array of the components' values");
            return rows;
        }
        for (int j = 0; j < array.size(); j++) {
            String path = item.path() + ".dataArray[" + j + "]";
            JsonNode values = array.get(j);
            if (!values.isArray() || values.size() != components.size()) {
                item.errors().add(path + ": must be an array of " + components.size() + " values (" + components + ")");
                continue;
            }
            ObjectNode observation = JSON.createObjectNode();
            for (int k = 0; k < components.size(); k++) {
                String component = components.get(k);
                if (component.equals("FeatureOfInterest/id")) {
                    observation.putObject("FeatureOfInterest").set("@iot.id", values.get(k));
                } else {
                    observation.set(component, values.get(k));
                }
            }
            rows.add(new JsonFields(observation, path, item.errors()));
        }
        return rows;
    }
}
