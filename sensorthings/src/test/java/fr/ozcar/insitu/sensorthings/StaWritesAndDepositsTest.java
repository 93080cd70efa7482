package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.catalogue.ProducerCatalogue;
import fr.ozcar.insitu.core.catalogue.ProducerSummary;
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
import fr.ozcar.insitu.sensorthings.write.StaWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SensorThings writes and deposits of the same producer do not destroy each other: a later deposit
 * keeps what SensorThings wrote, and what SensorThings wrote is published like deposited data.
 */
class StaWritesAndDepositsTest {

    @TempDir
    Path scratch;

    private TestDatabase database;
    private DepositImporter importer;
    private StaClient sta;
    private Path deposit;

    @BeforeEach
    void importCatcThenWriteThroughSensorThings() throws Exception {
        database = TestDatabase.create();
        importer = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT);
        deposit = DepositFixture.copyOfCatc(scratch);
        assertThat(importDeposit().outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        StaService reader = new StaService(database.dataSource(), StaSettings.DEFAULTS);
        sta = new StaClient(reader, new StaWriter(database.dataSource(), reader, false));
    }

    private ImportReport importDeposit() {
        return importer.importDeposit("CATC", new FolderDepositSource(deposit), ImportProgress.NONE);
    }

    private long post(String url, String body) {
        StaClient.Answer answer = sta.send("POST", url, body, StaWriteTest.CATC_MANAGER);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("@iot.id").asLong();
    }

    @Test
    void aLaterDepositThatDoesNotDescribeThemKeepsTheThingsDatastreamsAndObservationsWrittenThroughSensorThings()
            throws Exception {
        long thing = post("/v1.1/Things", StaWriteTest.weatherStation("Djougou"));
        long datastream = sta.get("/v1.1/Things(" + thing + ")/Datastreams").json().at("/value/0/@iot.id").asLong();
        post("/v1.1/Datastreams(" + datastream + ")/Observations", "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 24.5}");
        long depositedStation = firstStation();
        long joined = post("/v1.1/Things(" + depositedStation + ")/Datastreams", StaWriteTest.HUMIDITY);
        post("/v1.1/Datastreams(" + joined + ")/Observations", "{\"phenomenonTime\": \"2021-01-01T00:00:00Z\", \"result\": 80}");
        long depositedSeries = database.count("series where not written_through_sta");

        // a new version of the deposit (its producer's title changed): it replaces what its files describe
        Path metadata = deposit.resolve("CATC_en.json");
        Files.writeString(metadata, Files.readString(metadata).replace("Critical zone observatory", "Critical-zone observatory"));
        ImportReport second = importDeposit();

        assertThat(second.outcome()).as(second.toString()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(sta.get("/v1.1/Things(" + thing + ")").status()).isEqualTo(200);
        assertThat(database.count("series where written_through_sta")).isEqualTo(2);
        assertThat(database.count("measurement m join series s on s.id = m.series_id where s.written_through_sta")).isEqualTo(2);
        assertThat(database.count("dataset where id = 'CATC_DAT_STA'")).isEqualTo(1);
        assertThat(database.count("series where not written_through_sta")).isEqualTo(depositedSeries);
    }

    @Test
    void whatSensorThingsWroteCountsInTheCatalogueLikeDepositedData() throws Exception {
        ProducerSummary before = catc();
        long thing = post("/v1.1/Things", StaWriteTest.weatherStation("Djougou"));
        long datastream = sta.get("/v1.1/Things(" + thing + ")/Datastreams").json().at("/value/0/@iot.id").asLong();
        post("/v1.1/Datastreams(" + datastream + ")/Observations", "{\"phenomenonTime\": \"2031-01-01T00:00:00Z\", \"result\": 24.5}");

        ProducerSummary after = catc();

        assertThat(after.datasets()).isEqualTo(before.datasets() + 1);
        assertThat(after.series()).isEqualTo(before.series() + 1);
        assertThat(after.measurements()).isEqualTo(before.measurements() + 1);
        assertThat(after.lastTime()).isEqualTo("2031-01-01T00:00:00Z");
    }

    private ProducerSummary catc() throws Exception {
        return new ProducerCatalogue(database.dataSource(), new EmbargoAccess()).list(Viewer.ANONYMOUS).stream().filter(p -> p.id().equals("CATC")).findFirst().orElseThrow();
    }

    private long firstStation() throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select min(id) from sampling_feature")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
