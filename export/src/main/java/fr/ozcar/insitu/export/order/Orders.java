package fr.ozcar.insitu.export.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.export.ExportOptions;
import fr.ozcar.insitu.export.ExportRefused;
import fr.ozcar.insitu.export.ExportScopes;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Places orders and shows them to their owner. An order is checked whole before anything is written (every
 * problem at once), then inserted with its queue job in one transaction. Order ids are {@code CMD-} and ten
 * digits from {@link SecureRandom}: not guessable, and unique (a collision draws again).
 */
public final class Orders {

    public static final int MAX_OBSERVATIONS = 1000;
    public static final List<String> USER_STATUSES = List.of("student", "researcher", "engineer", "teacher",
            "private company", "public body", "other");
    static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final ExportScopes scopes;
    private final SecureRandom random = new SecureRandom();

    public Orders(DataSource dataSource) {
        this.dataSource = dataSource;
        this.scopes = new ExportScopes(dataSource);
    }

    /** Places the order of {@code viewer}; returns its id. */
    public String place(Viewer viewer, OrderRequest request) {
        if (viewer.isAnonymous()) {
            throw new OrderRefused(OrderRefused.Reason.SIGN_IN_REQUIRED, List.of("ordering needs a signed-in user"));
        }
        List<String> problems = new ArrayList<>();
        if (request.observationIds().isEmpty()) {
            problems.add("the cart is empty");
        } else if (request.observationIds().size() > MAX_OBSERVATIONS) {
            problems.add("a cart holds at most " + MAX_OBSERVATIONS + " observations");
        }
        if (!request.csv() && !request.netcdf()) {
            problems.add("choose CSV, NetCDF or both");
        }
        if (request.userStatus() == null || !USER_STATUSES.contains(request.userStatus())) {
            problems.add("status must be one of " + USER_STATUSES);
        }
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            problems.add("the time window starts after it ends");
        } else if (request.observationIds().size() <= MAX_OBSERVATIONS) {
            ExportOptions window = new ExportOptions(Optional.ofNullable(request.from()), Optional.ofNullable(request.to()),
                    false, true);
            for (String observationId : request.observationIds()) {
                try {
                    scopes.series(observationId, window, viewer);
                } catch (ExportRefused e) {
                    problems.add(e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new OrderRefused(OrderRefused.Reason.INVALID, problems);
        }
        return insert(viewer, request);
    }

    /** The order {@code id} if {@code viewer} placed it; another user's order is as unknown as a missing one. */
    public Order find(Viewer viewer, String id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select id, status, progress, attempts, failure, package_bytes, package_sha256, issued_at, processed_at"
                        + " from export_order where id = ? and owner_subject = ?")) {
            statement.setString(1, id);
            statement.setString(2, viewer.subject().orElse(""));
            try (ResultSet row = statement.executeQuery()) {
                if (viewer.isAnonymous() || !row.next()) {
                    throw new OrderRefused(OrderRefused.Reason.NOT_FOUND, List.of("no order " + id));
                }
                return new Order(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4), row.getString(5),
                        (Long) row.getObject(6), row.getString(7), instant(row.getTimestamp(8)), instant(row.getTimestamp(9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read order " + id, e);
        }
    }

    private String insert(Viewer viewer, OrderRequest request) {
        String json = toJson(viewer, request);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                String id;
                do {
                    id = String.format("CMD-%010d", random.nextLong(10_000_000_000L));
                } while (!tryInsert(connection, id, viewer, json));
                try (PreparedStatement job = connection.prepareStatement("insert into export_job (order_id) values (?)")) {
                    job.setString(1, id);
                    job.executeUpdate();
                }
                connection.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot place the order", e);
        }
    }

    private static boolean tryInsert(Connection connection, String id, Viewer viewer, String json) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into export_order (id, owner_subject, owner_email, request, status)"
                        + " values (?, ?, ?, ?::jsonb, 'issued') on conflict (id) do nothing")) {
            statement.setString(1, id);
            statement.setString(2, viewer.subject().orElseThrow());
            statement.setString(3, viewer.email().orElse(null));
            statement.setString(4, json);
            return statement.executeUpdate() == 1;
        }
    }

    /** The request and the viewer's rights when ordering (the worker exports with them, embargo re-checked then). */
    static String toJson(Viewer viewer, OrderRequest request) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode observations = node.putArray("observationIds");
        request.observationIds().forEach(observations::add);
        node.put("from", request.from() == null ? null : request.from().toString());
        node.put("to", request.to() == null ? null : request.to().toString());
        node.put("csv", request.csv());
        node.put("netcdf", request.netcdf());
        node.put("userStatus", request.userStatus());
        node.put("organisation", request.organisation());
        node.put("country", request.country());
        ArrayNode usages = node.putArray("usages");
        request.usages().forEach(usages::add);
        node.put("recontact", request.recontact());
        node.put("description", request.description());
        ObjectNode who = node.putObject("viewer");
        who.put("subject", viewer.subject().orElse(null));
        who.put("email", viewer.email().orElse(null));
        ArrayNode roles = who.putArray("roles");
        viewer.roles().forEach(role -> roles.add(role.name()));
        ArrayNode producers = who.putArray("managedProducers");
        viewer.managedProducers().forEach(producers::add);
        return node.toString();
    }

    static OrderRequest requestOf(JsonNode node) {
        List<String> observations = new ArrayList<>();
        node.path("observationIds").forEach(id -> observations.add(id.asText()));
        List<String> usages = new ArrayList<>();
        node.path("usages").forEach(usage -> usages.add(usage.asText()));
        return new OrderRequest(observations, time(node.path("from")), time(node.path("to")),
                node.path("csv").asBoolean(), node.path("netcdf").asBoolean(), node.path("userStatus").asText(null),
                node.path("organisation").asText(null), node.path("country").asText(null), usages,
                node.path("recontact").asBoolean(), node.path("description").asText(null));
    }

    static Viewer viewerOf(JsonNode node) {
        JsonNode who = node.path("viewer");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        who.path("roles").forEach(role -> roles.add(Role.valueOf(role.asText())));
        List<String> producers = new ArrayList<>();
        who.path("managedProducers").forEach(producer -> producers.add(producer.asText()));
        return new Viewer(Optional.ofNullable(who.path("subject").asText(null)), Optional.ofNullable(who.path("email").asText(null)),
                roles, Set.copyOf(producers));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("export_order.request is not JSON", e);
        }
    }

    private static Instant time(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
