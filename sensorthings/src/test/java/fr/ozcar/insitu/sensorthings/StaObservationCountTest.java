package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;
import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Datastreams(x)/Observations?$count=true} is answered from the series summary that every import
 * writes ({@code series.row_count}), not by counting a long series row by row, and stays exact.
 */
class StaObservationCountTest {

    private static final String CONDUCTIVITY = "CATC_OBS_Conductivity_Boat";  // dataset CATC_DAT_River: no embargo
    private static final String AIR_TEMPERATURE = "CATC_OBS_AirTemp_Upper";   // dataset CATC_DAT_Meteo: a 365-day embargo

    @TempDir
    Path scratch;

    private TestDatabase database;
    private DepositImporter importer;
    private StaClient sta;
    private Path deposit;

    @BeforeEach
    void importCatc() {
        database = TestDatabase.create();
        importer = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT);
        deposit = DepositFixture.copyOfCatc(scratch);
        assertThat(importFolder().outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        sta = new StaClient(new StaService(database.dataSource(), StaSettings.DEFAULTS));
    }

    @Test
    void theCountIsTheSeriesSummaryNotACountOfRows() throws Exception {
        long id = seriesId();
        assertThat(staCount("/v1.1/Datastreams(" + id + ")/Observations?$count=true&$top=1"))
                .isEqualTo(single("select count(*) from measurement where series_id = " + id));
        execute("update series set row_count = 105120 where id = " + id); // a summary no row count would give
        assertThat(staCount("/v1.1/Datastreams(" + id + ")/Observations?$count=true&$top=1")).isEqualTo(105_120);
    }

    @Test
    void theCountStaysExactWhenANewVersionOfTheDepositReplacesTheSeries() throws Exception {
        long id = seriesId();
        long before = staCount("/v1.1/Datastreams(" + id + ")/Observations?$count=true&$top=1");
        Path file = deposit.resolve("CATC_DAT_River/" + CONDUCTIVITY + ".txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(6); // the second row of data (the first and last keep the declared extent)
        Files.write(file, lines);

        assertThat(importFolder().outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);

        long after = staCount("/v1.1/Datastreams(" + id + ")/Observations?$count=true&$top=1");
        assertThat(after).isEqualTo(before - 1).isEqualTo(single("select count(*) from measurement where series_id = " + id));
    }

    @Test
    void aSeriesUnderEmbargoIsCountedOverWhatTheViewerMaySee() throws Exception {
        long id = single("select id from series where observation_id = '" + AIR_TEMPERATURE + "'");
        execute("update series set row_count = 105120 where id = " + id);
        assertThat(staCount("/v1.1/Datastreams(" + id + ")/Observations?$count=true&$top=1"))
                .isEqualTo(single("select count(*) from measurement where series_id = " + id));
    }

    @Test
    void aFilteredCountIsCountedRowByRow() throws Exception {
        long id = seriesId();
        execute("update series set row_count = 105120 where id = " + id);
        assertThat(staCount("/v1.1/Datastreams(" + id + ")/Observations?$count=true&$top=1&$filter=result%20gt%20-100"))
                .isEqualTo(single("select count(*) from measurement where series_id = " + id + " and value > -100"));
    }

    private ImportReport importFolder() {
        return importer.importDeposit("CATC", new FolderDepositSource(deposit), ImportProgress.NONE);
    }

    private long staCount(String url) {
        StaClient.Answer answer = sta.get(url);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("@iot.count").asLong();
    }

    private long seriesId() throws Exception {
        return single("select id from series where observation_id = '" + CONDUCTIVITY + "'");
    }

    private long single(String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
