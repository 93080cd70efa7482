package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported deposit (the generated AgrHyS demo) is readable through SensorThings at once. */
class StaOnDemoDepositsTest {

    @TempDir
    static Path scratch;

    private static TestDatabase database;
    private static StaClient sta;

    @BeforeAll
    static void importAgrhys() throws Exception {
        database = TestDatabase.create();
        new DemoGenerator().writeDemoDeposits(scratch);
        ImportReport report;
        try (ZipDepositSource source = new ZipDepositSource(scratch.resolve("AGRH.zip"))) {
            report = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                    .importDeposit("AGRH", source, ImportProgress.NONE);
        }
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        sta = new StaClient(new StaService(database.dataSource(), StaSettings.DEFAULTS));
    }

    private static long single(String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void everyStationIsAThingAndEverySeriesADatastreamOrMultiDatastream() throws Exception {
        assertThat(sta.get("/v1.1/Things?$count=true&$top=0").json().get("@iot.count").asLong())
                .isEqualTo(single("select count(*) from sampling_feature"));
        long datastreams = sta.get("/v1.1/Datastreams?$count=true&$top=0").json().get("@iot.count").asLong();
        long multi = sta.get("/v1.1/MultiDatastreams?$count=true&$top=0").json().get("@iot.count").asLong();
        assertThat(datastreams + multi).isEqualTo(single("select count(*) from series"));
        assertThat(multi).isEqualTo(single("select count(*) from series where additional_values <> '[]'"));
    }

    @Test
    void observationCountsMatchTheSeriesSummary() throws Exception {
        long id = single("select id from series where observation_id = 'AGRH_OBS_KER_Q'");
        JsonNode page = sta.get("/v1.1/MultiDatastreams(" + id + ")/Observations?$count=true&$top=2").json();
        assertThat(page.get("@iot.count").asLong()).isEqualTo(single("select row_count from series where id = " + id));
        assertThat(page.at("/value/0/result").isArray()).isTrue();
    }

    @Test
    void theBoatTransectsRowsCarryTheirOwnPositions() throws Exception {
        long id = single("select id from series where observation_id = 'AGRH_OBS_BLV_TW'");
        // the importer keeps a row's position only where it differs from the station's
        JsonNode moved = sta.get("/v1.1/Datastreams(" + id + ")/Observations?$top=1&$count=true"
                + "&$filter=parameters/latitude%20ne%20null").json();
        assertThat(moved.get("@iot.count").asLong()).isGreaterThan(single("select row_count from series where id = " + id) / 2);
        assertThat(moved.at("/value/0/parameters/latitude").isNumber()).isTrue();
        assertThat(sta.get("/v1.1/Datastreams(" + id + ")/Thing/Locations").json().at("/value/0/location/type").asText())
                .isEqualTo("LineString");
    }

    @Test
    void missingValuesAreNullResultsWithTheirFlag() throws Exception {
        JsonNode missing = sta.get("/v1.1/Observations?$top=1&$filter=result%20eq%20null%20and%20Datastream/id%20gt%200").json();
        assertThat(missing.at("/value/0/result").isNull()).isTrue();
        assertThat(missing.at("/value/0/resultQuality/0").asText()).isNotEmpty();
    }
}
