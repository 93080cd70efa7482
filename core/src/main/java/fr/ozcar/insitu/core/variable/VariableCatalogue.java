package fr.ozcar.insitu.core.variable;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code variable} table: the thesaurus variables as SQL views need them. Published whenever a
 * vocabulary is (re)loaded; rows are upserted by IRI so their ids (SensorThings ObservedProperty ids)
 * never change. A variable that disappears from the vocabulary keeps its row, since series and
 * clients may still refer to it.
 */
public final class VariableCatalogue {

    private final DataSource dataSource;

    public VariableCatalogue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Upserts all variables in one transaction; returns how many rows were written. */
    public int publish(List<CatalogueVariable> variables) {
        String sql = "insert into variable (iri, label, pref_label_en, pref_label_fr, definition, unit, category_path,"
                + " category_labels, deprecated, replaced_by, cf_standard_name, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())"
                + " on conflict (iri) do update set label = excluded.label, pref_label_en = excluded.pref_label_en,"
                + " pref_label_fr = excluded.pref_label_fr, definition = excluded.definition, unit = excluded.unit,"
                + " category_path = excluded.category_path, category_labels = excluded.category_labels,"
                + " deprecated = excluded.deprecated, replaced_by = excluded.replaced_by,"
                + " cf_standard_name = excluded.cf_standard_name, updated_at = now()";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (CatalogueVariable variable : variables) {
                    statement.setString(1, variable.iri());
                    statement.setString(2, variable.label() != null ? variable.label() : variable.iri());
                    statement.setString(3, variable.prefLabelEn());
                    statement.setString(4, variable.prefLabelFr());
                    statement.setString(5, variable.definition());
                    statement.setString(6, variable.unit());
                    statement.setArray(7, connection.createArrayOf("text", variable.categoryPath().toArray()));
                    statement.setArray(8, connection.createArrayOf("text", variable.categoryLabels().toArray()));
                    statement.setBoolean(9, variable.deprecated());
                    statement.setString(10, variable.replacedBy());
                    statement.setString(11, variable.cfStandardName());
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
                return variables.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot publish the variable catalogue", e);
        }
    }

    /** The published variable with that IRI. */
    public Optional<CatalogueVariable> find(String iri) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select iri, label, pref_label_en, pref_label_fr,"
                     + " definition, unit, category_path, category_labels, deprecated, replaced_by, cf_standard_name"
                     + " from variable where iri = ?")) {
            statement.setString(1, iri);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CatalogueVariable(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), strings(row.getArray(7)),
                        strings(row.getArray(8)), row.getBoolean(9), row.getString(10), row.getString(11)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the variable catalogue", e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
