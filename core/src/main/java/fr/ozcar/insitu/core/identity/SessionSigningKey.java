package fr.ozcar.insitu.core.identity;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;

/** The {@code session_signing_key} row (V122): one HMAC key shared by every instance on the database. */
public final class SessionSigningKey {

    private SessionSigningKey() {
    }

    /** The key, created (256 random bits) if no instance did yet; concurrent first starts agree on one. */
    public static String shared(DataSource dataSource) {
        byte[] candidate = new byte[32];
        new SecureRandom().nextBytes(candidate);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into session_signing_key (id, secret) values (1, ?) on conflict (id) do nothing")) {
                insert.setString(1, Base64.getEncoder().encodeToString(candidate));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("select secret from session_signing_key where id = 1");
                 ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the session signing key", e);
        }
    }
}
