package fr.ozcar.insitu.web.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import de.fraunhofer.iosb.ilt.sta.model.Datastream;
import de.fraunhofer.iosb.ilt.sta.model.MultiDatastream;
import de.fraunhofer.iosb.ilt.sta.model.Observation;
import de.fraunhofer.iosb.ilt.sta.model.Thing;
import de.fraunhofer.iosb.ilt.sta.model.ext.EntityList;
import de.fraunhofer.iosb.ilt.sta.service.SensorThingsService;
import fr.ozcar.insitu.sensorthings.StaFixture;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** FROST-Client, a third-party SensorThings client, reads our API over HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrostClientTest extends ServerOnTestDatabase {

    @Inject
    EmbeddedServer server;

    private SensorThingsService sta;

    @BeforeAll
    void load() throws Exception {
        StaFixture.load(database);
        sta = new SensorThingsService(new URL(server.getURL(), "/sta/v1.1/"));
    }

    @Test
    void listsThings() throws Exception {
        List<Thing> things = sta.things().query().list().toList();
        assertThat(things).extracting(Thing::getName)
                .containsExactly("Ara", "Nalohou", "Kervidy", "Strengbach plot", "Boat transect");
    }

    @Test
    void expandsDatastreamsOfThings() throws Exception {
        Thing ara = sta.things().query().filter("name eq 'Ara'").expand("Datastreams($expand=ObservedProperty)").first();
        EntityList<Datastream> datastreams = ara.getDatastreams();
        assertThat(datastreams.toList()).extracting(Datastream::getName)
                .containsExactly("Air Temperature at height 2 m at Ara", "Daily precipitation at Ara");
        assertThat(datastreams.toList().get(0).getObservedProperty().getDefinition())
                .isEqualTo("https://w3id.org/ozcar-theia/atmosphericTemperature");
        assertThat(datastreams.toList().get(0).getUnitOfMeasurement().getSymbol()).isEqualTo("°C");
    }

    @Test
    void filtersObservationsByTimeAndValue() throws Exception {
        Datastream datastream = sta.datastreams().find(1L);
        List<Observation> warm = datastream.observations().query()
                .filter("phenomenonTime ge 2020-01-02T00:00:00Z and phenomenonTime lt 2020-01-03T00:00:00Z and result gt 29.9")
                .orderBy("phenomenonTime desc").list().toList();
        assertThat(warm).hasSize(1);
        assertThat(warm.get(0).getPhenomenonTime().toString()).contains("2020-01-02T06:00");
    }

    @Test
    void followsNextLinksToTheEnd() throws Exception {
        EntityList<Observation> page = sta.datastreams().find(2L).observations().query().count().top(300).list();
        assertThat(page.getCount()).isEqualTo(1000);
        int seen = 0;
        for (Iterator<Observation> all = page.fullIterator(); all.hasNext(); all.next()) {
            seen++;
        }
        assertThat(seen).isEqualTo(1000);
    }

    @Test
    void readsAMultiDatastreamWithItsObservedPropertiesAndArrayResults() throws Exception {
        MultiDatastream quality = sta.multiDatastreams().query().expand("ObservedProperties,Thing")
                .filter("id eq " + StaFixture.MULTI_SERIES).first();
        assertThat(quality.getThing().getName()).isEqualTo("Strengbach plot");
        assertThat(quality.getUnitOfMeasurements()).hasSize(3);
        assertThat(quality.getMultiObservationDataTypes()).hasSize(3);
        assertThat(quality.getObservedProperties().toList()).hasSize(3);
        List<Observation> rows = quality.observations().query().top(2).list().toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getResult()).isInstanceOf(List.class);
        assertThat((List<?>) rows.get(0).getResult()).hasSize(3);
    }
}
