package fr.ozcar.insitu.core.variable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code variable_override} table: data managers' confirmed associations. */
public final class VariableOverrides {

    private static final String COLUMNS = "producer_id, property_name, unit, variable_iri, confirmed_by, confirmed_at, note";

    private final DataSource dataSource;

    public VariableOverrides(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Saves (or replaces) the decision for that producer, name and unit; returns it as stored. */
    public VariableOverride save(VariableOverride override) {
        String sql = "insert into variable_override (producer_id, property_name, unit, variable_iri, confirmed_by, note)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (producer_id, property_name, unit) do update set"
                + " variable_iri = excluded.variable_iri, confirmed_by = excluded.confirmed_by,"
                + " confirmed_at = now(), note = excluded.note returning " + COLUMNS;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, override.producerId());
            statement.setString(2, override.propertyName());
            statement.setString(3, override.unit());
            statement.setString(4, override.variableIri());
            statement.setString(5, override.confirmedBy());
            statement.setString(6, override.note());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return read(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the variable override", e);
        }
    }

    /** The decision for exactly that producer, name and unit. */
    public Optional<VariableOverride> find(String producerId, String propertyName, String unit) {
        String sql = "select " + COLUMNS + " from variable_override where producer_id = ? and property_name = ? and unit = ?";
        List<VariableOverride> found = query(sql, producerId, propertyName, unit);
        return found.stream().findFirst();
    }

    /** All decisions, or those of one producer when {@code producerId} is not null, by producer then name. */
    public List<VariableOverride> list(String producerId) {
        return producerId == null
                ? query("select " + COLUMNS + " from variable_override order by producer_id, property_name, unit")
                : query("select " + COLUMNS + " from variable_override where producer_id = ? order by property_name, unit", producerId);
    }

    /** Forgets a decision; false when there was none. */
    public boolean delete(String producerId, String propertyName, String unit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "delete from variable_override where producer_id = ? and property_name = ? and unit = ?")) {
            statement.setString(1, producerId);
            statement.setString(2, propertyName);
            statement.setString(3, unit);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete the variable override", e);
        }
    }

    private List<VariableOverride> query(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<VariableOverride> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(read(row));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the variable overrides", e);
        }
    }

    private static VariableOverride read(ResultSet row) throws SQLException {
        return new VariableOverride(row.getString("producer_id"), row.getString("property_name"), row.getString("unit"),
                row.getString("variable_iri"), row.getString("confirmed_by"),
                row.getTimestamp("confirmed_at").toInstant(), row.getString("note"));
    }
}
