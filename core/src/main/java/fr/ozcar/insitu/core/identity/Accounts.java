package fr.ozcar.insitu.core.identity;

import fr.ozcar.insitu.core.access.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** The {@code account} table: local passwords, producers' deposit credentials and granted roles. */
public final class Accounts {

    private static final String COLUMNS = "name, kind, email, roles, managed_producers";

    private final DataSource dataSource;
    private final PasswordHashes hashes;

    public Accounts(DataSource dataSource, PasswordHashes hashes) {
        this.dataSource = dataSource;
        this.hashes = hashes;
    }

    /** The account whose name and password these are; empty for an unknown name or a wrong password alike. */
    public Optional<Account> authenticate(String name, String password) {
        String hash = null;
        Account account = null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select " + COLUMNS + ", password_hash from account where name = ? and kind <> 'oidc'")) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next()) {
                    account = read(row);
                    hash = row.getString("password_hash");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the account table", e);
        }
        return hashes.matches(hash, password) ? Optional.of(account) : Optional.empty();
    }

    public Optional<Account> find(String name) {
        List<Account> found = query("select " + COLUMNS + " from account where name = ?", name);
        return found.stream().findFirst();
    }

    public List<Account> list() {
        return query("select " + COLUMNS + " from account order by kind, name");
    }

    /** Creates or replaces a local person's account with this password and these grants. */
    public Account saveLocal(String name, String email, String password, Set<Role> roles) {
        return upsert(new Account(name, AccountKind.LOCAL, email, roles, Set.of()), hashes.hash(password));
    }

    /** Gives a producer (new) deposit credentials: {@code curl -u producerId:password}. */
    public Account saveProducerPassword(String producerId, String password) {
        return upsert(new Account(producerId, AccountKind.PRODUCER, null, Set.of(Role.DATA_MANAGER), Set.of(producerId)),
                hashes.hash(password));
    }

    /**
     * Sets the roles and managed producers of an account; creates an {@code oidc} one (the provider's
     * subject) when there is none by that name. The password, if any, is kept.
     */
    public Account grant(String name, String email, Set<Role> roles, Set<String> managedProducers) {
        String sql = "insert into account (name, kind, email, roles, managed_producers) values (?, 'oidc', ?, ?, ?)"
                + " on conflict (name) do update set roles = excluded.roles, managed_producers = excluded.managed_producers,"
                + " email = coalesce(excluded.email, account.email), updated_at = now() returning " + COLUMNS;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            statement.setString(2, email);
            statement.setArray(3, connection.createArrayOf("text", roles.stream().map(Role::name).sorted().toArray()));
            statement.setArray(4, connection.createArrayOf("text", managedProducers.stream().sorted().toArray()));
            return single(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the grants of " + name, e);
        }
    }


    private Account upsert(Account account, String passwordHash) {
        String sql = "insert into account (name, kind, email, password_hash, roles, managed_producers) values (?, ?, ?, ?, ?, ?)"
                + " on conflict (name) do update set kind = excluded.kind, email = excluded.email,"
                + " password_hash = excluded.password_hash, roles = excluded.roles,"
                + " managed_producers = excluded.managed_producers, updated_at = now() returning " + COLUMNS;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, account.name());
            statement.setString(2, account.kind().name().toLowerCase(Locale.ROOT));
            statement.setString(3, account.email());
            statement.setString(4, passwordHash);
            statement.setArray(5, connection.createArrayOf("text", account.roles().stream().map(Role::name).sorted().toArray()));
            statement.setArray(6, connection.createArrayOf("text", account.managedProducers().stream().sorted().toArray()));
            return single(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the account " + account.name(), e);
        }
    }

    private static Account single(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            return read(row);
        }
    }

    private List<Account> query(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<Account> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(read(row));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the account table", e);
        }
    }

    private static Account read(ResultSet row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        SqlArrays.strings(row.getArray("roles")).forEach(role -> roles.add(Role.valueOf(role)));
        return new Account(row.getString("name"), AccountKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                row.getString("email"), roles, Set.copyOf(SqlArrays.strings(row.getArray("managed_producers"))));
    }

}
