package fr.ozcar.insitu.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How to cite a dataset: its principal investigators (else its producer), the year of the deposit, the
 * title, the producer and the DOI, e.g. {@code Durand M. (2024). Meteorological station… CATC. https://doi.org/…}.
 */
public record Citation(String text, String doi, String licenceTitle, String licenceUrl) {

    /** The citation of {@code datasetId}, read on {@code connection}. */
    public static Citation of(Connection connection, String datasetId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select d.title, p.title, d.doi, d.licence_title, d.licence_url, extract(year from p.imported_at)::int,"
                        + " array(select c.last_name || coalesce(' ' || left(c.first_name, 1) || '.', '') from contact c"
                        + "   where c.dataset_id = d.id and c.role = 'Principal investigator' and c.last_name is not null"
                        + "   order by c.position)"
                        + " from dataset d join producer p on p.id = d.producer_id where d.id = ?")) {
            statement.setString(1, datasetId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no dataset " + datasetId);
                }
                List<String> authors = new ArrayList<>(List.of((String[]) row.getArray(7).getArray()));
                String who = authors.isEmpty() ? row.getString(2) : String.join(", ", authors);
                String doi = row.getString(3);
                String text = who + " (" + row.getInt(6) + "). " + row.getString(1) + ". " + row.getString(2) + "."
                        + (doi == null ? " " + datasetId + "." : " https://doi.org/" + doi);
                return new Citation(text, doi, row.getString(4), row.getString(5));
            }
        }
    }
}
