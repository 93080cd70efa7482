package fr.ozcar.insitu.export.netcdf;

import fr.ozcar.insitu.export.Citation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What the ACDD-1.3 global attributes say about a dataset, from its pivot metadata.
 *
 * @param creatorName  the first principal investigator, else the producer
 * @param institution  that person's organisation, else the producer's title
 * @param keywords     the dataset's keywords, each followed by its thesaurus IRI in angle brackets when it has one
 */
record DatasetMetadata(String datasetId, String title, String summary, String lineage, Citation citation,
                       String producerId, String producerTitle, String producerEmail, String creatorName,
                       String creatorEmail, String institution, List<String> keywords) {

    static DatasetMetadata load(Connection connection, String datasetId) throws SQLException {
        Citation citation = Citation.of(connection, datasetId);
        try (PreparedStatement statement = connection.prepareStatement(
                "select d.title, d.description, d.lineage, p.id, p.title, p.email,"
                        + " c.first_name || ' ' || c.last_name, c.email, coalesce(o.name, o.acronym),"
                        + " array(select k.keyword || coalesce(' <' || k.uri || '>', '') from keyword k"
                        + "   where k.dataset_id = d.id order by k.position)"
                        + " from dataset d join producer p on p.id = d.producer_id"
                        + " left join lateral (select * from contact c where c.dataset_id = d.id"
                        + "   and c.role = 'Principal investigator' and c.last_name is not null order by c.position limit 1) c on true"
                        + " left join organisation o on o.id = c.organisation_id"
                        + " where d.id = ?")) {
            statement.setString(1, datasetId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                String creator = row.getString(7);
                return new DatasetMetadata(datasetId, row.getString(1), row.getString(2), row.getString(3), citation,
                        row.getString(4), row.getString(5), row.getString(6),
                        creator != null ? creator : row.getString(5), row.getString(8),
                        row.getString(9) != null ? row.getString(9) : row.getString(5),
                        List.of((String[]) row.getArray(10).getArray()));
            }
        }
    }
}
