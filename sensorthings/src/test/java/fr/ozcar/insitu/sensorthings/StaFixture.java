package fr.ozcar.insitu.sensorthings;

import fr.ozcar.insitu.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small realistic pivot model, inserted with SQL until the demo generator lands: three producers,
 * five stations, ten series (one mobile with per-row positions, one with additional values, one
 * unresolved variable, one text series), about 5 000 measurements with flags and missing values.
 */
public final class StaFixture {

    public static final int AIR_TEMPERATURE_SERIES = 1;   // CATC station Ara, hourly 2020-01-01 .. 2020-02-11
    public static final int MOBILE_SERIES = 7;
    public static final int MULTI_SERIES = 8;
    public static final int UNRESOLVED_SERIES = 6;
    public static final int INTERVAL_SERIES = 3;          // rows with date_begin (daily precipitation totals)

    private StaFixture() {
    }

    public static TestDatabase embedded() {
        return load(TestDatabase.create());
    }

    public static TestDatabase postgis() {
        return load(TestDatabase.createOnPostgis());
    }

    public static TestDatabase load(TestDatabase database) {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute(SCRIPT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the SensorThings fixture", e);
        }
        return database;
    }

    private static final String SCRIPT = """
            insert into producer (id, name, title, description, document, deposit_sha256) values
              ('CATC', 'AMMA-CATCH', 'AMMA-CATCH observatory', 'West African monsoon', '{}', 'a'),
              ('AGRH', 'AgrHyS', 'AgrHyS observatory', 'Agro-hydro-system', '{}', 'b'),
              ('OHGE', 'OHGE', 'OHGE observatory', 'Hydro-geochemical observatory', '{}', 'c');
            insert into dataset (id, producer_id, title, description, licence_title, licence_url, doi, document) values
              ('CATC_DAT_MET', 'CATC', 'Meteorology at Ara', 'Met', 'CC-BY-4.0', 'https://creativecommons.org/licenses/by/4.0/', '10.1234/catc.met', '{}'),
              ('AGRH_DAT_HYD', 'AGRH', 'Hydrology of Kervidy', 'Hyd', null, null, null, '{}'),
              ('OHGE_DAT_SOIL', 'OHGE', 'Soil survey of Strengbach', 'Soil', 'Etalab 2.0', null, null, '{}');
            insert into sampling_feature (id, producer_id, name, geometry, geometry_type, longitude, latitude, altitude, properties) values
              (1, 'CATC', 'Ara', '{"type":"Point","coordinates":[1.718,9.7912,414]}', 'Point', 1.718, 9.7912, 414,
                  '{"climate":"Tropical climate","geology":"Metamorphic rocks","country":"BJ"}'),
              (2, 'CATC', 'Nalohou', '{"type":"Point","coordinates":[1.6056,9.7448]}', 'Point', 1.6056, 9.7448, null,
                  '{"climate":"Tropical climate","country":"BJ"}'),
              (3, 'AGRH', 'Kervidy', '{"type":"Point","coordinates":[-2.9,48.1]}', 'Point', -2.9, 48.1, 100,
                  '{"climate":"Oceanic climate","geology":"Plutonic rocks","country":"FR"}'),
              (4, 'OHGE', 'Strengbach plot', '{"type":"Polygon","coordinates":[[[7.19,48.21],[7.21,48.21],[7.21,48.22],[7.19,48.22],[7.19,48.21]]]}',
                  'Polygon', 7.19, 48.21, 1100, '{"climate":"Mountain climate","country":"FR"}'),
              (5, 'AGRH', 'Boat transect', '{"type":"LineString","coordinates":[[-3.0,47.5],[-2.5,47.7]]}', 'LineString', -3.0, 47.5, 0,
                  '{"country":"FR"}');
            -- the thesaurus may already have published these variables (the web server loads it at start)
            insert into variable (iri, label, pref_label_en, definition, unit) values
              ('https://w3id.org/ozcar-theia/atmosphericTemperature', 'Air temperature', 'Air temperature',
                  'Temperature of the air', '°C'),
              ('https://w3id.org/ozcar-theia/precipitationAmount', 'Precipitation', 'Precipitation amount', null, 'mm'),
              ('https://w3id.org/ozcar-theia/waterTemperature', 'Water temperature', 'Water temperature', null, '°C')
            on conflict (iri) do nothing;
            insert into series (id, observation_id, dataset_id, sampling_feature_id, property_name, unit, variable_iri,
                                processing_level, data_type, time_serie, data_file, missing_value, quality_flags, additional_values,
                                procedure, document) values
              (1, 'CATC_OBS_TA_Ara', 'CATC_DAT_MET', 1, 'Air Temperature at height 2 m', '°C',
                  'https://w3id.org/ozcar-theia/atmosphericTemperature', 'Quality-controlled data', 'Numeric', true, '1.txt', '-9999',
                  '[{"code":"11","description":"good"},{"code":"13","description":"suspect"}]', '[]',
                  '{"dataProduction":{"method":"Ventilated shelter","sensors":[{"model":"HMP45C","manufacturer":"Vaisala","sensorType":"Thermometer"}]}}', '{}'),
              (2, 'CATC_OBS_TA_Nal', 'CATC_DAT_MET', 2, 'Air Temperature at height 2 m', '°C',
                  'https://w3id.org/ozcar-theia/atmosphericTemperature', 'Raw data', 'Numeric', true, '2.txt', null, '[]', '[]', null, '{}'),
              (3, 'CATC_OBS_P_Ara', 'CATC_DAT_MET', 1, 'Daily precipitation', 'mm',
                  'https://w3id.org/ozcar-theia/precipitationAmount', 'Quality-controlled data', 'Numeric', true, '3.txt', null, '[]', '[]', null, '{}'),
              (4, 'AGRH_OBS_TW_Ker', 'AGRH_DAT_HYD', 3, 'Stream water temperature', '°C',
                  'https://w3id.org/ozcar-theia/waterTemperature', 'Raw data', 'Numeric', true, '4.txt', null, '[]', '[]', null, '{}'),
              (5, 'AGRH_OBS_P_Ker', 'AGRH_DAT_HYD', 3, 'Precipitation', 'mm',
                  'https://w3id.org/ozcar-theia/precipitationAmount', 'Raw data', 'Numeric', true, '5.txt', null, '[]', '[]', null, '{}'),
              (6, 'OHGE_OBS_SH_Str', 'OHGE_DAT_SOIL', 4, 'Soil humidity custom', '%',
                  null, 'Raw data', 'Numeric', true, '6.txt', null, '[]', '[]', null, '{}'),
              (7, 'AGRH_OBS_TW_Boat', 'AGRH_DAT_HYD', 5, 'Sea surface temperature', '°C',
                  'https://w3id.org/ozcar-theia/waterTemperature', 'Raw data', 'Numeric', true, '7.txt', null, '[]', '[]', null, '{}'),
              (8, 'OHGE_OBS_WQ_Str', 'OHGE_DAT_SOIL', 4, 'Water quality', 'µS/cm',
                  null, 'Quality-controlled data', 'Numeric', true, '8.txt', null, '[]',
                  '[{"name":"pH","columnName":"ph","unit":"N/A"},{"name":"Nitrate","columnName":"no3","unit":"mg/L"}]', null, '{}'),
              (9, 'OHGE_OBS_NOTE_Str', 'OHGE_DAT_SOIL', 4, 'Field notes', 'N/A',
                  null, 'Raw data', 'Text', true, '9.txt', null, '[]', '[]', null, '{}'),
              (10, 'CATC_OBS_TA_Empty', 'CATC_DAT_MET', 2, 'Air Temperature at height 10 m', '°C',
                  'https://w3id.org/ozcar-theia/atmosphericTemperature', 'Raw data', 'Numeric', true, '10.txt', null, '[]', '[]', null, '{}');
            -- hourly air temperature, 1000 rows, flags, a missing value every 97 hours
            insert into measurement (series_id, time, value, flags)
            select 1, timestamptz '2020-01-01T00:00:00Z' + make_interval(hours => h),
                   case when h % 97 = 50 then null else round((25 + 5 * sin(h / 24.0 * 2 * pi()))::numeric, 2)::double precision end,
                   case when h % 97 = 50 then '13' when h % 10 = 0 then '11|13' else '11' end
            from generate_series(0, 999) h;
            insert into measurement (series_id, time, value)
            select 2, timestamptz '2020-01-01T00:30:00Z' + make_interval(hours => h), 24 + (h % 7)
            from generate_series(0, 999) h;
            -- daily precipitation totals: intervals [day, day + 1)
            insert into measurement (series_id, time_begin, time, value)
            select 3, timestamptz '2020-01-01T00:00:00Z' + make_interval(days => d),
                   timestamptz '2020-01-02T00:00:00Z' + make_interval(days => d), (d % 5) * 1.5
            from generate_series(0, 364) d;
            insert into measurement (series_id, time, value)
            select 4, timestamptz '2019-06-01T00:00:00Z' + make_interval(hours => 6 * h), 8 + (h % 11) * 0.5
            from generate_series(0, 999) h;
            insert into measurement (series_id, time, value)
            select 5, timestamptz '2019-06-01T00:00:00Z' + make_interval(days => d), (d % 4) * 2.0
            from generate_series(0, 499) d;
            insert into measurement (series_id, time, value)
            select 6, timestamptz '2021-03-01T00:00:00Z' + make_interval(days => d), 30 + d % 10
            from generate_series(0, 199) d;
            -- a boat: every row has its own position along the transect
            insert into measurement (series_id, time, value, longitude, latitude, altitude)
            select 7, timestamptz '2020-07-01T08:00:00Z' + make_interval(mins => 10 * i), 17 + i * 0.01,
                   -3.0 + i * 0.005, 47.5 + i * 0.002, 0
            from generate_series(0, 99) i;
            insert into measurement (series_id, time, value, additional, flags)
            select 8, timestamptz '2020-01-01T00:00:00Z' + make_interval(days => 7 * w), 120 + w,
                   array[(6.5 + (w % 5) * 0.1)::text, (2 + w % 3)::text], case when w % 4 = 0 then 'V' end
            from generate_series(0, 51) w;
            insert into measurement (series_id, time, result)
            values (9, '2020-05-04T10:00:00Z', 'Snow on the plot'), (9, '2020-05-05T10:00:00Z', 'Sensor cleaned');
            update series s set row_count = m.n, first_time = m.first, last_time = m.last, min_value = m.min, max_value = m.max
            from (select series_id, count(*) n, min(coalesce(time_begin, time)) first, max(time) last, min(value) min, max(value) max
                  from measurement group by series_id) m
            where m.series_id = s.id;
            -- rows above were given their ids: new ones (SensorThings writes) continue after them
            select setval(pg_get_serial_sequence('sampling_feature', 'id'), (select max(id) from sampling_feature));
            select setval(pg_get_serial_sequence('series', 'id'), (select max(id) from series));
            """;
}
