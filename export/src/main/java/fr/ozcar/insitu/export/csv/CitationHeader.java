package fr.ozcar.insitu.export.csv;

import fr.ozcar.insitu.core.model.QualityFlag;
import fr.ozcar.insitu.export.Citation;
import fr.ozcar.insitu.export.FlagDictionary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The richer {@code #} header of an exported series, after the four standard lines: what a reader needs to
 * cite and interpret the file without its metadata (citation, DOI, licence, station, variable IRI, unit,
 * quality flag dictionary), one {@code key;value;…;} line each.
 */
final class CitationHeader {

    private final DataSource dataSource;

    CitationHeader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<String> lines(int seriesId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select s.dataset_id, f.name, f.latitude, f.longitude, f.altitude, s.variable_iri, s.unit,"
                             + " s.quality_flags::text"
                             + " from series s join sampling_feature f on f.id = s.sampling_feature_id where s.id = ?")) {
            statement.setInt(1, seriesId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Citation citation = Citation.of(connection, row.getString(1));
                List<String> lines = new ArrayList<>();
                lines.add("Citation;" + citation.text() + ";");
                if (citation.doi() != null) {
                    lines.add("DOI;" + citation.doi() + ";");
                }
                if (citation.licenceTitle() != null || citation.licenceUrl() != null) {
                    lines.add("Licence;" + text(citation.licenceTitle()) + ";" + text(citation.licenceUrl()) + ";");
                }
                lines.add("Station;" + row.getString(2) + ";" + text(row.getObject(3)) + ";" + text(row.getObject(4))
                        + ";" + text(row.getObject(5)) + ";");
                if (row.getString(6) != null) {
                    lines.add("Variable_IRI;" + row.getString(6) + ";");
                }
                lines.add("Unit;" + row.getString(7) + ";");
                for (QualityFlag flag : FlagDictionary.parse(row.getString(8)).flags()) {
                    lines.add("Quality_flag;" + flag.code() + ";" + flag.description() + ";");
                }
                return lines;
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
