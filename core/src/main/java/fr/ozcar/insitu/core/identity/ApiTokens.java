package fr.ozcar.insitu.core.identity;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The {@code api_token} table (V121). A token reads {@code insitu_<id>_<secret>}: the id finds the row,
 * the SHA-256 of the whole token is compared in constant time.
 */
public final class ApiTokens {

    /** A token just created: {@code token} is shown this once. */
    public record Issued(ApiToken token, String secret) {
    }

    /** What a valid token authenticates as, and whether this use was recorded (at most once a minute). */
    public record Use(UUID id, Viewer viewer, boolean recorded) {
    }

    private static final Pattern FORMAT = Pattern.compile("insitu_([0-9a-f]{32})_([A-Za-z0-9_-]{24})");
    private static final String COLUMNS = "id, account_name, label, producer_id, created_at, last_used_at, revoked_at";

    private final DataSource dataSource;

    public ApiTokens(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A token acting for {@code owner} with its roles, limited to {@code producerId} when not null (the
     * caller checked that the owner manages it).
     */
    public Issued create(Viewer owner, String label, String producerId) {
        UUID id = UUID.randomUUID();
        String token = "insitu_" + id.toString().replace("-", "") + "_" + Secrets.generate();
        Set<String> producers = producerId == null ? owner.managedProducers() : Set.of(producerId);
        String sql = "insert into api_token (id, account_name, email, label, producer_id, roles, managed_producers,"
                + " secret_hash) values (?, ?, ?, ?, ?, ?, ?, ?) returning " + COLUMNS;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.setString(2, owner.subject().orElseThrow());
            statement.setString(3, owner.email().orElse(null));
            statement.setString(4, label);
            statement.setString(5, producerId);
            statement.setArray(6, connection.createArrayOf("text", owner.roles().stream().map(Role::name).sorted().toArray()));
            statement.setArray(7, connection.createArrayOf("text", producers.stream().sorted().toArray()));
            statement.setBytes(8, sha256(token));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Issued(read(row), token);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the token", e);
        }
    }

    /** The viewer a presented token stands for; empty when malformed, unknown, wrong or revoked. */
    public Optional<Use> authenticate(String presented) {
        Matcher matcher = FORMAT.matcher(presented);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(matcher.group(1).replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        String sql = "select account_name, email, producer_id, roles, managed_producers, secret_hash from api_token"
                + " where id = ? and revoked_at is null";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || !MessageDigest.isEqual(row.getBytes("secret_hash"), sha256(presented))) {
                    return Optional.empty();
                }
                Set<Role> roles = EnumSet.noneOf(Role.class);
                SqlArrays.strings(row.getArray("roles")).forEach(role -> roles.add(Role.valueOf(role)));
                String producer = row.getString("producer_id");
                if (producer != null) {
                    // a token limited to one producer manages that one only, even if its owner is an administrator
                    roles.remove(Role.ADMINISTRATOR);
                    roles.add(Role.DATA_MANAGER);
                }
                Viewer viewer = new Viewer(Optional.of(row.getString("account_name")),
                        Optional.ofNullable(row.getString("email")), roles,
                        producer != null ? Set.of(producer) : Set.copyOf(SqlArrays.strings(row.getArray("managed_producers"))));
                return Optional.of(new Use(id, viewer, markUsed(connection, id)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the token table", e);
        }
    }

    /** Tokens of one owner, or all when {@code owner} is null; newest first. */
    public List<ApiToken> list(String owner) {
        String sql = "select " + COLUMNS + " from api_token" + (owner == null ? "" : " where account_name = ?")
                + " order by created_at desc";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (owner != null) {
                statement.setString(1, owner);
            }
            List<ApiToken> tokens = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    tokens.add(read(row));
                }
            }
            return tokens;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list tokens", e);
        }
    }

    public Optional<ApiToken> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select " + COLUMNS + " from api_token where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the token table", e);
        }
    }

    /** Revokes for good; false when already revoked or unknown. */
    public boolean revoke(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "update api_token set revoked_at = now() where id = ? and revoked_at is null")) {
            statement.setObject(1, id);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot revoke the token", e);
        }
    }

    /** Notes the use at most once a minute, so that a busy writer does not write a row per request. */
    private static boolean markUsed(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("update api_token set last_used_at = now()"
                + " where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')")) {
            statement.setObject(1, id);
            return statement.executeUpdate() > 0;
        }
    }

    private static ApiToken read(ResultSet row) throws SQLException {
        return new ApiToken(row.getObject("id", UUID.class), row.getString("account_name"), row.getString("label"),
                row.getString("producer_id"), instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("last_used_at")), instant(row.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }


    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
