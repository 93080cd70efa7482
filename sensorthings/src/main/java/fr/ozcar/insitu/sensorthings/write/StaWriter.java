package fr.ozcar.insitu.sensorthings.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.sensorthings.entity.EntityModel;
import fr.ozcar.insitu.sensorthings.entity.StaVersion;
import fr.ozcar.insitu.sensorthings.path.PathParser;
import fr.ozcar.insitu.sensorthings.path.ResourcePath;
import fr.ozcar.insitu.sensorthings.path.UnknownResource;
import fr.ozcar.insitu.sensorthings.query.StaBadRequest;
import fr.ozcar.insitu.sensorthings.service.StaRequest;
import fr.ozcar.insitu.sensorthings.service.StaResponse;
import fr.ozcar.insitu.sensorthings.service.StaService;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SensorThings create, update and delete (docs/sensorthings-mapping.md, "Writes"): each request is
 * one transaction on the pivot model, validated whole before anything is written; the answer is the
 * entity as the read side then shows it.
 *
 * <p>Things, Datastreams (with their Sensor and ObservedProperty) and Observations are written;
 * Locations with their Thing. The other entity sets are views of those and are answered 405.
 */
public final class StaWriter {

    private static final Logger LOG = LoggerFactory.getLogger(StaWriter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final StaService reader;
    private final boolean openWrites;

    public StaWriter(DataSource dataSource, StaService reader, boolean openWrites) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.openWrites = openWrites;
    }

    public StaResponse handle(StaWrite request) {
        try {
            if (request.viewer().isAnonymous() && !openWrites) {
                throw new WriteRefused(401, "SensorThings writes need an identity: sign in, or send the token of a data"
                        + " manager of the producer");
            }
            StaVersion version = StaVersion.fromSegment(request.version()).orElseThrow(
                    () -> WriteRefused.notFound("no SensorThings API version '" + request.version() + "' (v1.0, v1.1)"));
            EntityModel model = EntityModel.of(version);
            String root = request.serviceRootUrl().replaceAll("/+$", "");
            if (request.path().replaceAll("^/+|/+$", "").equals("CreateObservations") && request.method().equals("POST")) {
                return createObservations(request, root);
            }
            ResourcePath path = PathParser.parse(model, request.path());
            return switch (request.method()) {
                case "POST" -> create(request, path, root);
                case "PATCH", "PUT" -> update(request, path, root);
                case "DELETE" -> delete(request, path);
                default -> StaResponse.problem(405, "Method Not Allowed", request.method() + " is not a SensorThings method");
            };
        } catch (WriteRefused e) {
            return StaResponse.problem(e.status(), title(e.status()), e.getMessage());
        } catch (UnknownResource e) {
            return StaResponse.problem(404, "Not Found", e.getMessage());
        } catch (StaBadRequest e) {
            return StaResponse.problem(400, "Bad Request", e.getMessage());
        } catch (SQLException e) {
            return sqlProblem(request, e);
        } catch (RuntimeException e) {
            LOG.error("SensorThings write failed: {} {}", request.method(), request.path(), e);
            return StaResponse.problem(500, "Internal Server Error", "the write could not be done; the error is logged");
        }
    }

    private StaResponse create(StaWrite request, ResourcePath path, String root) throws SQLException {
        if (!path.isCollection() || path.reference() || path.steps().size() > 2) {
            throw WriteRefused.badRequest("POST goes to an entity set (Things) or a navigation of one entity"
                    + " (Things(1)/Datastreams, Datastreams(1)/Observations)");
        }
        String set = path.target().setName();
        ResourcePath.Step parent = path.steps().size() == 2 ? path.steps().get(0) : null;
        String parentSet = parent == null ? null : parent.type().setName();
        JsonFields entity = new JsonFields(JsonFields.object(body(request), path.target().name()), "$", new JsonFields.Errors());
        long id = inTransaction(request, connection -> {
            WriteAccess access = new WriteAccess(request.viewer(), openWrites);
            return switch (set) {
                case "Things" -> {
                    requireNoParent(parentSet, set);
                    yield new ThingWrites(connection, access).create(entity);
                }
                case "Datastreams" -> {
                    if (parent != null && !parentSet.equals("Things")) {
                        throw WriteRefused.badRequest("a Datastream is created under its Thing: Things(id)/Datastreams");
                    }
                    yield new DatastreamWrites(connection, access).create(entity, parent == null ? null : parent.id());
                }
                case "Observations" -> {
                    if (parent != null && !parentSet.equals("Datastreams")) {
                        throw WriteRefused.badRequest("an Observation is created under its Datastream: Datastreams(id)/Observations");
                    }
                    yield new ObservationWrites(connection, access).create(entity, parent == null ? null : parent.id());
                }
                default -> throw notWritten(set);
            };
        });
        String location = root + "/" + set + "(" + id + ")";
        return reader.handle(new StaRequest(request.version(), set + "(" + id + ")", "", root, request.viewer())).created(location);
    }

    /** DataArray create: all rows or none; the answer lists the created Observations' self links. */
    private StaResponse createObservations(StaWrite request, String root) throws SQLException {
        JsonNode body = body(request);
        List<Long> ids = new ArrayList<>();
        inTransaction(request, connection -> {
            ids.addAll(new DataArrayWrites(connection, new WriteAccess(request.viewer(), openWrites)).create(body));
            return ids.size();
        });
        var links = JSON.createArrayNode();
        ids.forEach(id -> links.add(root + "/Observations(" + id + ")"));
        try {
            return StaResponse.json(201, JSON.writeValueAsBytes(links));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private StaResponse update(StaWrite request, ResourcePath path, String root) throws SQLException {
        long id = singleEntity(path);
        String set = path.target().setName();
        JsonNode body = body(request);
        if (body != null && body.isArray()) {
            throw WriteRefused.badRequest("JSON Patch (RFC 6902) is not supported: send the members to change as one"
                    + " JSON object (merge)");
        }
        JsonFields entity = new JsonFields(JsonFields.object(body, path.target().name()), "$", new JsonFields.Errors());
        boolean replace = request.method().equals("PUT");
        inTransaction(request, connection -> {
            WriteAccess access = new WriteAccess(request.viewer(), openWrites);
            switch (set) {
                case "Things" -> new ThingWrites(connection, access).update(id, entity, replace);
                case "Datastreams" -> new DatastreamWrites(connection, access).update(id, entity, replace);
                case "Observations" -> new ObservationWrites(connection, access).update(id, entity, replace);
                default -> throw notWritten(set);
            }
            return id;
        });
        return reader.handle(new StaRequest(request.version(), set + "(" + id + ")", "", root, request.viewer()));
    }

    private StaResponse delete(StaWrite request, ResourcePath path) throws SQLException {
        long id = singleEntity(path);
        String set = path.target().setName();
        inTransaction(request, connection -> {
            WriteAccess access = new WriteAccess(request.viewer(), openWrites);
            switch (set) {
                case "Things" -> new ThingWrites(connection, access).delete(id);
                // a Sensor is its series' procedure: deleting it deletes the Datastream, as the standard cascades
                case "Datastreams", "Sensors" -> new DatastreamWrites(connection, access).delete(id);
                case "Observations" -> new ObservationWrites(connection, access).delete(id);
                default -> throw notWritten(set);
            }
            return id;
        });
        return StaResponse.empty(200);
    }

    private static long singleEntity(ResourcePath path) {
        if (path.steps().size() != 1 || path.last().id() == null || path.property() != null || path.reference()) {
            throw WriteRefused.badRequest("PATCH, PUT and DELETE go to one entity by its id: Things(1)");
        }
        return path.last().id();
    }

    private static void requireNoParent(String parentSet, String set) {
        if (parentSet != null) {
            throw WriteRefused.badRequest(set + " are created at the service root: POST /" + set);
        }
    }

    private static WriteRefused notWritten(String set) {
        return new WriteRefused(405, set + " are not written on their own here: they are views of the pivot model."
                + " Create Locations inside their Thing, Sensors and ObservedProperties inside their Datastream, and"
                + " FeaturesOfInterest inside their Observation (or derived from the Thing's Location)");
    }

    private static JsonNode body(StaWrite request) {
        if (request.body() == null || request.body().isBlank()) {
            throw WriteRefused.badRequest("the body is empty: send the entity as JSON");
        }
        try {
            return JSON.readTree(request.body());
        } catch (JsonProcessingException e) {
            throw WriteRefused.badRequest("the body is not JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    @FunctionalInterface
    private interface Work {
        long run(Connection connection) throws SQLException;
    }

    /** One transaction per request: everything it wrote, or nothing. */
    private long inTransaction(StaWrite request, Work work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id = work.run(connection);
                connection.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static StaResponse sqlProblem(StaWrite request, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("23505") || state.equals("23503")) {
            return StaResponse.problem(409, "Conflict", "the write conflicts with existing data: " + firstLine(e.getMessage()));
        }
        if (state.startsWith("22") || state.startsWith("23")) {
            return StaResponse.problem(400, "Bad Request", "the data cannot be stored: " + firstLine(e.getMessage()));
        }
        LOG.error("SensorThings write failed: {} {}", request.method(), request.path(), e);
        return StaResponse.problem(500, "Internal Server Error", "the write could not be done; the error is logged");
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return message == null ? "" : newline < 0 ? message : message.substring(0, newline);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            default -> "Error";
        };
    }
}
