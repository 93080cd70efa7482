package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every row of every series of the four demo observatories reads back exactly as in its data file. */
class DemoRoundTripTest {

    @TempDir
    Path scratch;

    @Test
    void everyDemoSeriesReadsBackExactlyAsInItsDataFile() throws Exception {
        TestDatabase database = TestDatabase.create();
        DepositImporter importer = new DepositImporter(database.dataSource(), VariableResolver.NONE,
                ImportLimits.DEFAULT);
        long rowsCompared = 0;
        int seriesCompared = 0;
        for (Path zip : new DemoGenerator().writeDemoDeposits(scratch)) {
            ImportReport report;
            try (ZipDepositSource source = new ZipDepositSource(zip)) {
                report = importer.importDeposit(null, source, ImportProgress.NONE);
            }
            assertThat(report.errors()).as(zip.toString()).isEmpty();
            assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
            try (Connection connection = database.connect();
                 ZipInputStream deposit = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = deposit.getNextEntry(); entry != null; entry = deposit.getNextEntry()) {
                    if (!entry.getName().endsWith(".zip")) {
                        continue;
                    }
                    ZipInputStream dataset = new ZipInputStream(new ByteArrayInputStream(deposit.readAllBytes()));
                    for (ZipEntry file = dataset.getNextEntry(); file != null; file = dataset.getNextEntry()) {
                        String observationId = file.getName().replace(".txt", "");
                        var expected = expected(connection, observationId, new ByteArrayInputStream(dataset.readAllBytes()));
                        assertThat(RoundTrip.stored(connection, observationId)).as(observationId)
                                .containsExactlyElementsOf(expected);
                        rowsCompared += expected.size();
                        seriesCompared++;
                    }
                }
            }
        }
        assertThat(seriesCompared).isEqualTo(102);
        assertThat(rowsCompared).isEqualTo(1_872_206);
    }

    private static java.util.List<RoundTrip.Measurement> expected(Connection connection, String observationId,
                                                               InputStream file) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "select data_type, missing_value from series where observation_id = ?")) {
            select.setString(1, observationId);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as(observationId).isTrue();
                return RoundTrip.expected(file, rows.getString(1).equals("Numeric"), rows.getString(2),
                        RoundTrip.station(connection, observationId));
            }
        }
    }
}
