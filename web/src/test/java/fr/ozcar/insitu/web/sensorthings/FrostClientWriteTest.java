package fr.ozcar.insitu.web.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fraunhofer.iosb.ilt.sta.StatusCodeException;
import de.fraunhofer.iosb.ilt.sta.model.Datastream;
import de.fraunhofer.iosb.ilt.sta.model.Location;
import de.fraunhofer.iosb.ilt.sta.model.Observation;
import de.fraunhofer.iosb.ilt.sta.model.ObservedProperty;
import de.fraunhofer.iosb.ilt.sta.model.Sensor;
import de.fraunhofer.iosb.ilt.sta.model.Thing;
import de.fraunhofer.iosb.ilt.sta.model.ext.UnitOfMeasurement;
import de.fraunhofer.iosb.ilt.sta.service.SensorThingsService;
import fr.ozcar.insitu.sensorthings.StaFixture;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.ZonedDateTime;
import java.util.Map;
import org.geojson.Point;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * FROST-Client, a third-party SensorThings client, creates, reads, updates and deletes through our API
 * on a scratch server with open writes (it sends no credentials).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrostClientWriteTest extends ServerOnTestDatabase {

    @Inject
    EmbeddedServer server;

    private SensorThingsService sta;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.sta.open-writes", "true");
    }

    @BeforeAll
    void load() throws Exception {
        StaFixture.load(database);
        sta = new SensorThingsService(new URL(server.getURL(), "/sta/v1.1/"));
    }

    @Test
    void createsReadsUpdatesAndDeletesAThingWithItsDatastreamAndObservations() throws Exception {
        Thing thing = new Thing("Djougou", "Automatic weather station", Map.of("producerId", "CATC"));
        thing.getLocations().add(new Location("Djougou mast", "Mast", "application/geo+json", new Point(1.66, 9.7)));
        Datastream datastream = new Datastream("Air temperature at Djougou", "2 m",
                "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                new UnitOfMeasurement("degree Celsius", "°C", "http://qudt.org/vocab/unit/DEG_C"));
        datastream.setSensor(new Sensor("HMP155", "Thermo-hygrometer", "application/pdf", "https://example.org/hmp155.pdf"));
        datastream.setObservedProperty(new ObservedProperty("Air temperature",
                "https://w3id.org/ozcar-theia/atmosphericTemperature", "Temperature of the air"));
        thing.getDatastreams().add(datastream);

        sta.create(thing);

        assertThat(thing.getId()).isNotNull();
        Thing read = sta.things().find(thing.getId());
        assertThat(read.getName()).isEqualTo("Djougou");
        Datastream created = read.datastreams().query().first();
        assertThat(created.getUnitOfMeasurement().getSymbol()).isEqualTo("°C");

        Observation observation = new Observation(21.5, created);
        observation.setPhenomenonTimeFrom(ZonedDateTime.parse("2021-06-01T12:00:00Z"));
        sta.create(observation);
        assertThat(((Number) sta.observations().find(observation.getId()).getResult()).doubleValue()).isEqualTo(21.5);

        read.setDescription("Weather station of the Djougou school");
        sta.update(read);
        assertThat(sta.things().find(thing.getId()).getDescription()).isEqualTo("Weather station of the Djougou school");

        sta.delete(read);
        assertThatThrownBy(() -> sta.things().find(thing.getId())).isInstanceOf(StatusCodeException.class);
        assertThat(database.count("measurement where time = '2021-06-01T12:00:00Z'")).isZero();
    }
}
