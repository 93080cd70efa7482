package fr.ozcar.insitu.sensorthings.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.schema.DatabaseCapabilities;
import fr.ozcar.insitu.sensorthings.entity.EntityModel;
import fr.ozcar.insitu.sensorthings.entity.EntityType;
import fr.ozcar.insitu.sensorthings.entity.Property;
import fr.ozcar.insitu.sensorthings.entity.PropertyKind;
import fr.ozcar.insitu.sensorthings.entity.StaVersion;
import fr.ozcar.insitu.sensorthings.filter.Sql;
import fr.ozcar.insitu.sensorthings.format.CollectionWriter;
import fr.ozcar.insitu.sensorthings.format.EntityJson;
import fr.ozcar.insitu.sensorthings.format.EntityRow;
import fr.ozcar.insitu.sensorthings.format.Interval;
import fr.ozcar.insitu.sensorthings.format.ResultFormat;
import fr.ozcar.insitu.sensorthings.format.Selection;
import fr.ozcar.insitu.sensorthings.path.PathParser;
import fr.ozcar.insitu.sensorthings.path.ResourcePath;
import fr.ozcar.insitu.sensorthings.path.UnknownResource;
import fr.ozcar.insitu.sensorthings.query.QueryOptions;
import fr.ozcar.insitu.sensorthings.query.QueryOptionsParser;
import fr.ozcar.insitu.sensorthings.query.StaBadRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers SensorThings GET requests from the pivot model. Everything the client sent is parsed and
 * translated before the first query; a collection is then streamed from a database cursor in
 * chunks (expanded chunk by chunk), so a page never sits in memory whole. Every query of a request
 * runs in one transaction entered as the request's viewer ({@link EmbargoAccess}), so the views it
 * reads hide the Observations under embargo for that viewer, on every route and option.
 */
public final class StaService {

    private static final Logger LOG = LoggerFactory.getLogger(StaService.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final int CHUNK = 500;
    /** PostgreSQL's SQLSTATE when statement_timeout cancels a statement. */
    private static final String QUERY_CANCELED = "57014";

    private final DataSource dataSource;
    private final StaSettings settings;
    private final EmbargoAccess embargo;
    private final boolean postgis;
    private final Map<StaVersion, EntityModel> models = new EnumMap<>(StaVersion.class);

    public StaService(DataSource dataSource, StaSettings settings) {
        this(dataSource, settings, new EmbargoAccess());
    }

    public StaService(DataSource dataSource, StaSettings settings, EmbargoAccess embargo) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.embargo = embargo;
        try (Connection connection = dataSource.getConnection()) {
            this.postgis = DatabaseCapabilities.installed(connection).postgis();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the database", e);
        }
        for (StaVersion version : StaVersion.values()) {
            models.put(version, EntityModel.of(version));
        }
    }

    public StaResponse handle(StaRequest request) {
        try {
            StaVersion version = StaVersion.fromSegment(request.version())
                    .orElseThrow(() -> new StaNotFound("no SensorThings API version '" + request.version() + "' (v1.0, v1.1)"));
            EntityModel model = models.get(version);
            String root = request.serviceRootUrl().replaceAll("/+$", "");
            ResourcePath path = PathParser.parse(model, request.path());
            Map<String, String> raw = QueryOptionsParser.decode(request.rawQuery());
            QueryOptions options = QueryOptionsParser.parse(raw);
            if (path.isServiceRoot()) {
                return json(200, json -> ServiceRootDocument.write(json, model, root));
            }
            return read(model, path, options, raw, root, request.viewer());
        } catch (UnknownResource e) {
            return problem(404, "Not Found", e.getMessage());
        } catch (StaBadRequest e) {
            return problem(400, "Bad Request", e.getMessage());
        } catch (StaNotFound e) {
            return problem(404, "Not Found", e.getMessage());
        } catch (SQLException e) {
            return sqlProblem(e);
        } catch (IOException | RuntimeException e) {
            LOG.error("SensorThings request failed: {} {}?{}", request.version(), request.path(), request.rawQuery(), e);
            return problem(500, "Internal Server Error", "the request could not be answered; the error is logged");
        }
    }

    private StaResponse read(EntityModel model, ResourcePath path, QueryOptions options, Map<String, String> raw,
                             String root, Viewer viewer) throws SQLException, IOException {
        EntityType type = path.target();
        Selection selection = selection(path, options);
        ResultFormat format = path.isCollection() ? ResultFormat.parse(options.resultFormat()) : ResultFormat.JSON;
        format.check(selection, !options.expand().isEmpty());
        if (path.property() != null && !options.expand().isEmpty()) {
            throw new StaBadRequest("$expand does not apply to a property");
        }
        if (path.reference() && (!options.expand().isEmpty() || !options.select().isEmpty() || options.resultFormat() != null)) {
            // references are only self links (OData: $ref takes $filter, $orderby, $top, $skip and $count)
            throw new StaBadRequest("$expand, $select and $resultFormat do not apply to $ref");
        }
        Paging paging = new Paging(settings);
        EntitySql sql = new EntitySql(model, postgis);
        String alias = "t0";
        Keyset keyset = Keyset.of(path, options, alias);
        Sql where = Sql.concat(sql.pathCondition(path.steps(), alias), " and ", sql.filter(type, alias, options));
        Sql pageCondition = keyset == null ? where : Sql.concat(where, " and ", keyset.condition());
        Sql order = sql.orderBy(type, alias, options);
        double expanded = Expander.validate(model, sql, type, options.expand(), paging);
        int top = paging.top(options.top());
        paging.checkBudget(path.isCollection() ? top : 1, expanded);
        RowReader reader = new RowReader(selection);
        EntityJson entities = new EntityJson(root);

        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false); // a cursor streams only inside a transaction
            connection.setReadOnly(true);
            embargo.enter(connection, viewer);
            Expander expander = new Expander(connection, model, sql, paging, root, settings.queryTimeout());
            if (!path.isCollection()) {
                checkParentExists(connection, sql, path);
                EntityRow row = single(connection, type, reader, alias, where, sql.orderBy(type, alias, QueryOptions.NONE), path);
                expander.expand(type, List.of(row), options.expand());
                connection.close();
                return entity(path, selection, entities, row);
            }
            Long count = options.count() ? count(connection, path, options, type, alias, where) : null;
            PreparedStatement statement = Statements.prepare(connection, Sql.concat(
                    "select " + reader.columns(alias) + " from " + type.view() + " " + alias + " where ", pageCondition,
                    " order by ", order, " limit ", Sql.param(top + 1, "integer"),
                    " offset ", Sql.param(options.skip(), "integer")), settings.queryTimeout());
            statement.setFetchSize(settings.fetchSize());
            ResultSet rows = statement.executeQuery();
            Page page = new Page(rows, reader, top, expander, type, options.expand());
            if (page.nextChunk().isEmpty()) { // the first chunk runs before the status is sent: its errors are still 400s
                checkParentExists(connection, sql, path); // an empty list, or a missing parent (404)
            }
            Map<String, String> next = new LinkedHashMap<>(raw);
            next.put("$top", String.valueOf(top));
            next.put("$skip", String.valueOf((long) options.skip() + top)); // beyond int: a 400 next time, never a wrap
            String nextPath = root + "/" + path.text() + (path.reference() ? "/$ref" : "");
            return new StaResponse(200, format.contentType(), out -> {
                CollectionWriter writer = format.open(out, selection, entities);
                writer.begin(count);
                try {
                    List<EntityRow> chunk = page.current();
                    while (!chunk.isEmpty()) {
                        for (EntityRow row : chunk) {
                            writer.entity(row);
                        }
                        chunk = page.nextChunk();
                    }
                } catch (SQLException e) {
                    throw new IOException("streaming SensorThings rows failed", e);
                }
                writer.end(page.more() && top > 0 ? nextPath + Paging.queryString(nextQuery(next, keyset, page)) : null);
            }, () -> {
                rows.close();
                statement.close();
                connection.close();
            });
        } catch (SQLException | IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The next page's options: by offset, or from the time of this page's last row when {@code keyset} applies. */
    private static Map<String, String> nextQuery(Map<String, String> byOffset, Keyset keyset, Page page) {
        if (keyset == null || page.lastRowTime() == null) {
            return byOffset;
        }
        Map<String, String> next = new LinkedHashMap<>(byOffset);
        next.remove("$skip"); // the token already stands after every row this page and the ones before skipped
        next.put(Keyset.TOKEN, Keyset.token(page.lastRowTime()));
        return next;
    }

    private static Selection selection(ResourcePath path, QueryOptions options) {
        EntityType type = path.target();
        if (path.reference()) {
            return new Selection(type, List.of(), List.of(), false);
        }
        if (path.property() != null) {
            Property property = path.property();
            return property.name().equals("id")
                    ? new Selection(type, List.of(), List.of(), true)
                    : new Selection(type, List.of(property), List.of(), false);
        }
        return Selection.of(type, options.select());
    }

    private void checkParentExists(Connection connection, EntitySql sql, ResourcePath path) throws SQLException {
        ResourcePath parent = path.parent();
        if (parent == null) {
            return;
        }
        String alias = sql.nextAlias();
        Sql query = Sql.concat("select 1 from " + parent.target().view() + " " + alias + " where ",
                sql.pathCondition(parent.steps(), alias), " limit 1");
        try (PreparedStatement statement = Statements.prepare(connection, query, settings.queryTimeout());
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new StaNotFound("no " + parent.text());
            }
        }
    }

    /** One entity; the first in key order when several rows share an id (sub-second observations). */
    private EntityRow single(Connection connection, EntityType type, RowReader reader, String alias, Sql where,
                                    Sql order, ResourcePath path) throws SQLException {
        Sql query = Sql.concat("select " + reader.columns(alias) + " from " + type.view() + " " + alias + " where ",
                where, " order by ", order, " limit 1");
        try (PreparedStatement statement = Statements.prepare(connection, query, settings.queryTimeout());
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new StaNotFound("no " + path.text());
            }
            return reader.read(rows, 1);
        }
    }

    private long count(Connection connection, ResourcePath path, QueryOptions options, EntityType type, String alias,
                       Sql where) throws SQLException {
        Long summary = options.filter() == null ? seriesRowCount(connection, path) : null;
        if (summary != null) {
            return summary;
        }
        try (PreparedStatement statement = Statements.prepare(connection,
                Sql.concat("select count(*) from " + type.view() + " " + alias + " where ", where), settings.queryTimeout());
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The count of {@code Datastreams(x)/Observations} or {@code MultiDatastreams(x)/Observations} without
     * a $filter, from the series' summary as this transaction's viewer may see it
     * ({@code visible_series_summary}, core.access): {@code series.row_count}, which every import rewrites
     * with the rows it loads, when the series hides no row from the viewer (one primary-key lookup
     * instead of counting a long series row by row); counted over the visible rows when an embargo
     * hides some. Null for any other path.
     */
    private Long seriesRowCount(Connection connection, ResourcePath path) throws SQLException {
        if (path.steps().size() != 2 || !path.target().name().equals("Observation")) {
            return null;
        }
        ResourcePath.Step parent = path.steps().get(0);
        if (parent.id() == null || !(parent.type().name().equals("Datastream") || parent.type().name().equals("MultiDatastream"))) {
            return null;
        }
        try (PreparedStatement statement = Statements.prepare(connection, Sql.concat(
                "select row_count from visible_series_summary where series_id = ",
                Sql.param(parent.id(), "integer")), settings.queryTimeout());
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }

    private StaResponse entity(ResourcePath path, Selection selection, EntityJson entities, EntityRow row) throws IOException {
        if (path.reference()) {
            return json(200, json -> {
                json.writeStartObject();
                json.writeStringField("@iot.selfLink", entities.selfLink(selection, row.id()));
                json.writeEndObject();
            });
        }
        Property property = path.property();
        if (property == null) {
            return json(200, json -> entities.write(json, selection, row));
        }
        Object value = property.name().equals("id") ? Long.valueOf(row.id()) : row.value(0);
        if (value == null) {
            // 18-088, as OData: a single-valued property with the null value is 204 No Content, also with $value
            return new StaResponse(204, "text/plain; charset=utf-8", out -> { }, null);
        }
        if (path.rawValue()) {
            return rawValue(property, value);
        }
        return json(200, json -> {
            json.writeStartObject();
            json.writeFieldName(property.name());
            EntityJson.writeValue(json, property, value);
            json.writeEndObject();
        });
    }

    private static StaResponse rawValue(Property property, Object value) throws IOException {
        String text = switch (property.kind()) {
            case ID, STRING, INSTANT, ROW_TIME, ROW_INTERVAL -> value.toString();
            case INTERVAL -> String.valueOf(((Interval) value).iso());
            default -> {
                StringWriter json = new StringWriter();
                try (JsonGenerator generator = JSON.createGenerator(json)) {
                    EntityJson.writeValue(generator, property, value);
                }
                yield json.toString();
            }
        };
        boolean json = property.kind() == PropertyKind.JSON || property.kind() == PropertyKind.GEOMETRY;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new StaResponse(200, json ? "application/json" : "text/plain; charset=utf-8", out -> out.write(bytes), null);
    }

    /** A body written now, so that its failures are still ours to report. */
    private static StaResponse json(int status, JsonBody body) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            body.write(json);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return new StaResponse(status, "application/json", out -> out.write(bytes), null);
    }

    /** Errors as RFC 9457 problem details. */
    static StaResponse problem(int status, String title, String detail) {
        try {
            StringWriter text = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(text)) {
                json.writeStartObject();
                json.writeStringField("type", "about:blank");
                json.writeStringField("title", title);
                json.writeNumberField("status", status);
                json.writeStringField("detail", detail);
                json.writeEndObject();
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            return new StaResponse(status, "application/problem+json", out -> out.write(bytes), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Data exceptions (class 22: a value that cannot be converted, a number out of range) come from
     * what the client asked for; anything else is ours. The database's own message never reaches the
     * client (it names our tables, types and functions): the answer says what kind of value is wrong.
     */
    private StaResponse sqlProblem(SQLException e) {
        if (e instanceof java.sql.SQLTransientConnectionException) {
            // the pool's connection-timeout passed with every connection in use: busy, not broken
            return problem(503, "Service Unavailable", "every database connection is in use; retry in a few seconds");
        }
        String state = e.getSQLState();
        if (QUERY_CANCELED.equals(state)) {
            return problem(503, "Service Unavailable", "the query ran longer than the "
                    + Math.max(1, settings.queryTimeout().toSeconds()) + " s this server allows: narrow it with $filter"
                    + " (e.g. on phenomenonTime or a Datastream) or ask for fewer entities");
        }
        if (state != null && state.startsWith("22")) {
            LOG.debug("SensorThings request refused by the database ({}): {}", state, firstLine(e.getMessage()));
            return problem(400, "Bad Request", "the request cannot be evaluated on the data: " + dataProblem(state));
        }
        LOG.error("SensorThings query failed", e);
        return problem(500, "Internal Server Error", "the request could not be answered; the error is logged");
    }

    private static String dataProblem(String state) {
        return switch (state) {
            case "22003" -> "a number in it is out of range";
            case "22007", "22008" -> "a date or time in it is invalid or out of range";
            case "22012" -> "it divides by zero";
            case "22P02", "22023" -> "a literal in it (a number, a time or a geometry) is not valid for the property it is"
                    + " compared with";
            default -> "a value in it does not suit the property it is used with";
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @FunctionalInterface
    private interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    /** A page of a collection read from a cursor chunk by chunk, each chunk expanded as a batch. */
    private static final class Page {
        private final ResultSet rows;
        private final RowReader reader;
        private final int top;
        private final Expander expander;
        private final EntityType type;
        private final List<QueryOptions.ExpandItem> expand;
        private int read;
        private boolean more;
        private java.time.Instant lastRowTime;
        private List<EntityRow> current = List.of();

        Page(ResultSet rows, RowReader reader, int top, Expander expander, EntityType type,
             List<QueryOptions.ExpandItem> expand) {
            this.rows = rows;
            this.reader = reader;
            this.top = top;
            this.expander = expander;
            this.type = type;
            this.expand = expand;
        }

        List<EntityRow> nextChunk() throws SQLException {
            List<EntityRow> chunk = new ArrayList<>();
            while (read < top && chunk.size() < CHUNK && rows.next()) {
                EntityRow row = reader.read(rows, 1);
                chunk.add(row);
                lastRowTime = row.rowTime();
                read++;
            }
            if (read == top && !more && chunk.size() < CHUNK) {
                more = rows.next();
            }
            expander.expand(type, chunk, expand);
            current = chunk;
            return chunk;
        }

        List<EntityRow> current() {
            return current;
        }

        boolean more() {
            return more;
        }

        /** The measurement time of the last Observation read, or null. */
        java.time.Instant lastRowTime() {
            return lastRowTime;
        }
    }
}
