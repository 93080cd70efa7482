package fr.ozcar.insitu.core.series;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a data file of one series needs besides its rows: ids, names, codes and station position. */
record SeriesHeader(int seriesId, String observationId, String datasetTitle, String propertyName,
                    String missingValue, List<String> additionalColumns,
                    Double latitude, Double longitude, Double altitude) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<SeriesHeader> load(Connection connection, String observationId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select s.id, s.observation_id, d.title, s.property_name, s.missing_value, s.additional_values::text,"
                        + " f.latitude, f.longitude, f.altitude"
                        + " from series s join dataset d on d.id = s.dataset_id"
                        + " join sampling_feature f on f.id = s.sampling_feature_id"
                        + " where s.observation_id = ?")) {
            statement.setString(1, observationId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SeriesHeader(row.getInt(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), columnNames(row.getString(6)),
                        (Double) row.getObject(7), (Double) row.getObject(8), (Double) row.getObject(9)));
            }
        }
    }

    private static List<String> columnNames(String additionalValuesJson) {
        List<String> names = new ArrayList<>();
        try {
            for (JsonNode definition : JSON.readTree(additionalValuesJson)) {
                names.add(definition.path("columnName").asText());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("series.additional_values is not JSON", e);
        }
        return names;
    }
}
