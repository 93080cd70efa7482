package fr.ozcar.insitu.core.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The stations of a published producer with their derived metadata and series. Metadata only: the
 * embargo concerns measurements, which are not read here.
 */
public final class StationCatalogue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;

    public StationCatalogue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Empty when no such producer is published. */
    public Optional<List<StationSummary>> ofProducer(String producerId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from producer where id = ?")) {
                exists.setString(1, producerId);
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                }
            }
            Map<Integer, StationRow> stations = new LinkedHashMap<>();
            Map<Integer, List<StationSummary.Series>> series = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select f.id, f.name, f.geometry_type, f.longitude, f.latitude, f.altitude, f.enrichment::text,
                           s.observation_id, s.dataset_id, s.property_name, s.unit, s.variable_iri, s.processing_level,
                           s.data_type
                    from sampling_feature f
                    join series s on s.sampling_feature_id = f.id
                    where f.producer_id = ?
                    order by f.name, s.observation_id""")) {
                select.setString(1, producerId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        int id = rows.getInt(1);
                        if (!stations.containsKey(id)) {
                            stations.put(id, new StationRow(rows.getString(2), rows.getString(3), rows.getDouble(4),
                                    rows.getDouble(5), (Double) rows.getObject(6), readJson(rows.getString(7))));
                        }
                        series.computeIfAbsent(id, key -> new ArrayList<>()).add(new StationSummary.Series(
                                rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11),
                                rows.getString(12), rows.getString(13), rows.getString(14)));
                    }
                }
            }
            List<StationSummary> summaries = new ArrayList<>();
            stations.forEach((id, row) -> summaries.add(new StationSummary(row.name(), row.geometryType(),
                    row.longitude(), row.latitude(), row.altitude(), row.enrichment(), series.get(id))));
            return Optional.of(summaries);
        }
    }

    private record StationRow(String name, String geometryType, double longitude, double latitude, Double altitude,
                              JsonNode enrichment) {
    }

    private static JsonNode readJson(String text) throws SQLException {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("sampling_feature.enrichment is not JSON", e);
        }
    }
}
