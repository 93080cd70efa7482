package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An expansion costs one SQL statement per level, whatever the number of entities it expands: 100
 * Things with 2 Datastreams each, their ObservedProperties expanded, are read in 3 statements. Not
 * counted: the one statement that enters the request's viewer into its transaction (core.access
 * EmbargoAccess), which every request makes whatever it reads.
 */
class StaExpandStatementsTest {

    private static final AtomicInteger statements = new AtomicInteger();
    private static StaClient sta;

    @BeforeAll
    static void load() throws Exception {
        TestDatabase database = TestDatabase.create();
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into producer (id, name, title, description, document, deposit_sha256)
                    values ('CATC', 'AMMA-CATCH', 'AMMA-CATCH observatory', 'West African monsoon', '{}', 'a');
                    insert into dataset (id, producer_id, title, description, document)
                    values ('CATC_DAT_MET', 'CATC', 'Meteorology', 'Met', '{}');
                    insert into variable (iri, label, pref_label_en, definition, unit) values
                      ('https://w3id.org/ozcar-theia/atmosphericTemperature', 'Air temperature', 'Air temperature', null, '°C'),
                      ('https://w3id.org/ozcar-theia/precipitationAmount', 'Precipitation', 'Precipitation amount', null, 'mm')
                    on conflict (iri) do nothing;
                    insert into sampling_feature (id, producer_id, name, geometry, geometry_type, longitude, latitude, properties)
                    select i, 'CATC', 'Station ' || i, jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(1 + i / 100.0, 9)),
                           'Point', 1 + i / 100.0, 9, '{}'
                    from generate_series(1, 100) i;
                    insert into series (id, observation_id, dataset_id, sampling_feature_id, property_name, unit, variable_iri,
                                        processing_level, data_type, time_serie, data_file, quality_flags, additional_values, document)
                    select 2 * i - 1 + k, 'CATC_OBS_' || k || '_' || i, 'CATC_DAT_MET', i,
                           case k when 0 then 'Air temperature' else 'Precipitation' end, case k when 0 then '°C' else 'mm' end,
                           case k when 0 then 'https://w3id.org/ozcar-theia/atmosphericTemperature'
                                else 'https://w3id.org/ozcar-theia/precipitationAmount' end,
                           'Raw data', 'Numeric', true, i || '_' || k || '.txt', '[]', '[]', '{}'
                    from generate_series(1, 100) i, generate_series(0, 1) k;
                    """);
        }
        sta = new StaClient(new StaService(counting(database.dataSource()), StaSettings.DEFAULTS));
    }

    @Test
    void oneHundredThingsWithTheirDatastreamsAndObservedPropertiesTakeThreeStatements() {
        statements.set(0);
        StaClient.Answer answer = sta.get("/v1.1/Things?$top=100&$expand=Datastreams($expand=ObservedProperty)");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode things = answer.json().get("value");
        assertThat(things.size()).isEqualTo(100);
        for (JsonNode thing : things) {
            assertThat(thing.get("Datastreams").size()).isEqualTo(2);
            assertThat(thing.at("/Datastreams/0/ObservedProperty/name").asText()).isNotEmpty();
        }
        assertThat(statements.get()).isBetween(1, 3);
    }

    /** The data source, counting every statement prepared or created on its connections. */
    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? countingConnection(connection) : result;
                });
    }

    private static Connection countingConnection(Connection target) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    boolean viewerSetup = args != null && args.length > 0 && args[0] instanceof String text
                            && text.strip().startsWith("select set_config('insitu.viewer_day'");
                    if ((method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                            || method.getName().equals("prepareCall")) && !viewerSetup) {
                        statements.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
