package fr.ozcar.insitu.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The test deposit of producer CATC (core's test resources) imported into a fresh database. */
public final class ImportedCatc {

    private ImportedCatc() {
    }

    /** A fresh database holding the deposit folder {@code folder}; fails the test when the import fails. */
    public static DataSource importFolder(Path folder) {
        DataSource dataSource = TestDatabase.create().dataSource();
        ImportReport report = new DepositImporter(dataSource, VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        return dataSource;
    }

    /** CATC imported as shipped in core's test resources. */
    public static DataSource database(Path scratch) {
        return importFolder(DepositFixture.copyOfCatc(scratch));
    }

    /** Every measurement as a reader sees it (positions defaulting to the station's), one text line each, ordered. */
    public static List<String> measurements(DataSource dataSource) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select concat_ws(' | ', s.observation_id, m.time, m.time_begin,"
                     + " m.value, m.result, m.flags, coalesce(m.longitude, f.longitude),"
                     + " coalesce(m.latitude, f.latitude), coalesce(m.altitude, f.altitude), m.additional::text)"
                     + " from measurement m join series s on s.id = m.series_id"
                     + " join sampling_feature f on f.id = s.sampling_feature_id order by s.observation_id, m.time")) {
            while (row.next()) {
                rows.add(row.getString(1));
            }
        }
        return rows;
    }
}
