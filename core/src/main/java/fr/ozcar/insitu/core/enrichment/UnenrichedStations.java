package fr.ozcar.insitu.core.enrichment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.model.SamplingFeature;
import fr.ozcar.insitu.core.model.SearchCriteria;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * Enriches the stations that have no enrichment yet: those imported before migration V100, which
 * would otherwise stay without country until their producer deposits again. The climates and
 * geologies their datasets declared are read back from the stored dataset documents.
 */
public final class UnenrichedStations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final StationEnricher enricher;

    public UnenrichedStations(DataSource dataSource, StationEnricher enricher) {
        this.dataSource = dataSource;
        this.enricher = enricher;
    }

    /** @return how many stations were enriched */
    public int enrich() throws SQLException {
        int enriched = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select f.id, f.longitude, f.latitude,
                            array(select distinct c from series s join dataset d on d.id = s.dataset_id,
                                  jsonb_array_elements_text(coalesce(d.document #> '{metadata,portalSearchCriteria,climates}',
                                                                     '[]')) c
                                  where s.sampling_feature_id = f.id order by c),
                            array(select distinct g from series s join dataset d on d.id = s.dataset_id,
                                  jsonb_array_elements_text(coalesce(d.document #> '{metadata,portalSearchCriteria,geologies}',
                                                                     '[]')) g
                                  where s.sampling_feature_id = f.id order by g)
                     from sampling_feature f
                     where f.enrichment = '{}'::jsonb""");
             PreparedStatement update = connection.prepareStatement(
                     "update sampling_feature set enrichment = ?::jsonb where id = ? and enrichment = '{}'::jsonb");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                SamplingFeature station = new SamplingFeature(null, null, null, rows.getDouble(2), rows.getDouble(3),
                        null, null);
                SearchCriteria declared = new SearchCriteria(texts(rows.getArray(4)), texts(rows.getArray(5)));
                update.setString(1, json(enricher.enrich(station, declared)));
                update.setInt(2, rows.getInt(1));
                enriched += update.executeUpdate();
            }
        }
        return enriched;
    }

    private static List<String> texts(java.sql.Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static String json(StationEnrichment enrichment) throws SQLException {
        try {
            return JSON.writeValueAsString(enrichment.toJson());
        } catch (JsonProcessingException e) {
            throw new SQLException("enrichment not serialisable", e);
        }
    }
}
