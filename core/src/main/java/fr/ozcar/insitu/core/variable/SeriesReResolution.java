package fr.ozcar.insitu.core.variable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Re-resolves every series against the current vocabulary (and overrides), in one transaction, so that
 * facets and SensorThings follow a reloaded vocabulary's labels and hierarchy without re-importing data.
 */
public final class SeriesReResolution {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run changed. */
    public record Summary(int series, int changed, int unresolved) {
    }

    private final DataSource dataSource;

    public SeriesReResolution(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The {@code series.variable_resolution} document: method, score, reason, label, categoryPath. */
    public static String document(VariableResolution resolution) {
        ObjectNode node = JSON.createObjectNode();
        node.put("method", resolution.method());
        node.put("score", resolution.score());
        node.put("reason", resolution.reason());
        node.put("label", resolution.label());
        var path = node.putArray("categoryPath");
        resolution.categoryPath().forEach(path::add);
        return node.toString();
    }

    public Summary run(VariableResolver resolver) {
        String select = "select s.id, d.producer_id, s.property_name, s.unit, s.theia_categories, s.variable_iri"
                + " from series s join dataset d on d.id = s.dataset_id order by s.id for update of s";
        String update = "update series set variable_iri = ?, variable_resolution = ?::jsonb where id = ?";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int series = 0;
            int changed = 0;
            int unresolved = 0;
            try (PreparedStatement read = connection.prepareStatement(select);
                 PreparedStatement write = connection.prepareStatement(update)) {
                read.setFetchSize(1000);
                try (ResultSet row = read.executeQuery()) {
                    while (row.next()) {
                        series++;
                        List<String> categories = row.getArray(5) == null ? List.of()
                                : Arrays.stream((Object[]) row.getArray(5).getArray()).map(String::valueOf).toList();
                        VariableResolution resolution = resolver.resolve(new VariableQuery(row.getString(2),
                                row.getString(3), row.getString(4), categories));
                        if (!resolution.resolved()) {
                            unresolved++;
                        }
                        if (!Objects.equals(resolution.variableIri(), row.getString(6))) {
                            changed++;
                        }
                        write.setString(1, resolution.variableIri());
                        write.setString(2, document(resolution));
                        write.setInt(3, row.getInt(1));
                        write.addBatch();
                    }
                }
                write.executeBatch();
                connection.commit();
                return new Summary(series, changed, unresolved);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot re-resolve the series", e);
        }
    }
}
