package fr.ozcar.insitu.core.catalogue;

import fr.ozcar.insitu.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small catalogue for the search: three producers (one French, one in Benin, one in the Vosges), four
 * datasets, five stations with climate / geology / country, eight series over three thesaurus variables
 * (labels in English and French) and one unresolved, fundings, keywords.
 */
final class SearchCatalogue {

    static final String AIR_TEMPERATURE = "https://w3id.org/ozcar-theia/atmosphericTemperature";
    static final String PRECIPITATION = "https://w3id.org/ozcar-theia/precipitationAmount";
    static final String WATER_TEMPERATURE = "https://w3id.org/ozcar-theia/waterTemperature";
    static final String ATMOSPHERE = "https://w3id.org/ozcar-theia/variableCategories/atmosphere";
    static final String HYDROSPHERE = "https://w3id.org/ozcar-theia/variableCategories/hydrosphere";

    static TestDatabase load() {
        TestDatabase database = TestDatabase.create();
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute(SCRIPT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the search catalogue", e);
        }
        return database;
    }

    private static final String SCRIPT = """
            insert into producer (id, name, title, description, document, deposit_sha256) values
              ('CATC', 'AMMA-CATCH', 'AMMA-CATCH observatory', 'Monsoon and hydrology in West Africa', '{}', 'a'),
              ('AGRH', 'AgrHyS', 'AgrHyS observatory', 'Agro-hydro-system of Brittany', '{}', 'b'),
              ('OHGE', 'OHGE', 'OHGE observatory', 'Hydro-geochemistry of the Strengbach', '{}', 'c');
            insert into funding (producer_id, position, type, iso3166, acronym, name) values
              ('CATC', 0, 'French research institutes', 'FR', 'IRD', null),
              ('CATC', 1, 'French research institutes', 'FR', 'CNRS', null),
              ('AGRH', 0, 'French research institutes', 'FR', 'INRAE', null),
              ('OHGE', 0, 'French research institutes', 'FR', 'CNRS', null);
            insert into dataset (id, producer_id, title, description, document) values
              ('CATC_DAT_MET', 'CATC', 'Meteorology at Ara', 'Automatic weather station', '{}'),
              ('CATC_DAT_RAIN', 'CATC', 'Rain gauges of the Oueme', 'Tipping buckets', '{}'),
              ('AGRH_DAT_HYD', 'AGRH', 'Hydrology of Kervidy', 'Stream and groundwater',
                  '{"metadata":{"portalSearchCriteria":{"climates":["Oceanic climate"],"geologies":["Plutonic rocks"]}}}'),
              ('OHGE_DAT_SOIL', 'OHGE', 'Soil survey of Strengbach', 'Soil <script>alert(1)</script> moisture', '{}');
            insert into keyword (dataset_id, position, keyword) values
              ('CATC_DAT_MET', 0, 'Sahel'), ('AGRH_DAT_HYD', 0, 'nitrate'), ('AGRH_DAT_HYD', 1, 'catchment');
            insert into sampling_feature (id, producer_id, name, geometry, geometry_type, longitude, latitude, properties) values
              (1, 'CATC', 'Ara', '{"type":"Point","coordinates":[1.718,9.7912]}', 'Point', 1.718, 9.7912,
                  '{"climate":"Tropical climate","geology":"Metamorphic rocks","country":"BJ"}'),
              (2, 'CATC', 'Nalohou', '{"type":"Point","coordinates":[1.6056,9.7448]}', 'Point', 1.6056, 9.7448,
                  '{"climate":"Tropical climate","country":"bj"}'),
              (3, 'AGRH', 'Kervidy', '{"type":"Point","coordinates":[-2.9,48.1]}', 'Point', -2.9, 48.1, '{"country":"FR"}'),
              (4, 'OHGE', 'Strengbach plot', '{"type":"Point","coordinates":[7.19,48.21]}', 'Point', 7.19, 48.21,
                  '{"climate":"Mountain climate","geology":"Plutonic rocks","country":"FR"}'),
              (5, 'AGRH', 'Guériniec', '{"type":"Point","coordinates":[-2.84,48.02]}', 'Point', -2.84, 48.02, '{}');
            -- Guériniec's country and geology only from the import's enrichment (docs/import.md "Station enrichment")
            update sampling_feature set enrichment = '{"country":{"code":"FR","name":"France","source":"Natural Earth"},
                "geologies":[{"value":"Sedimentary rocks","source":"BRGM geology"}]}' where id = 5;
            insert into variable (iri, label, pref_label_en, pref_label_fr, category_path, category_labels) values
              ('https://w3id.org/ozcar-theia/atmosphericTemperature', 'Air temperature', 'Air temperature', 'Température de l''air',
                  '{https://w3id.org/ozcar-theia/variableCategories/atmosphere}', '{Atmosphere}'),
              ('https://w3id.org/ozcar-theia/precipitationAmount', 'Precipitation', 'Precipitation amount', 'Hauteur de précipitation',
                  '{https://w3id.org/ozcar-theia/variableCategories/atmosphere}', '{Atmosphere}'),
              ('https://w3id.org/ozcar-theia/waterTemperature', 'Water temperature', 'Water temperature', 'Température de l''eau',
                  '{https://w3id.org/ozcar-theia/variableCategories/hydrosphere}', '{Hydrosphere}')
            on conflict (iri) do nothing;
            insert into series (observation_id, dataset_id, sampling_feature_id, property_name, unit, variable_iri,
                                processing_level, data_type, time_serie, data_file, document, first_time, last_time) values
              ('CATC_OBS_TA_Ara', 'CATC_DAT_MET', 1, 'Air Temperature at 2 m', '°C', 'https://w3id.org/ozcar-theia/atmosphericTemperature',
                  'Quality-controlled data', 'Numeric', true, 'a', '{}', '2005-01-01Z', '2020-12-31Z'),
              ('CATC_OBS_TA_Nal', 'CATC_DAT_MET', 2, 'Air Temperature at 2 m', '°C', 'https://w3id.org/ozcar-theia/atmosphericTemperature',
                  'Raw data', 'Numeric', true, 'b', '{}', '2010-01-01Z', '2012-06-30Z'),
              ('CATC_OBS_P_Ara', 'CATC_DAT_RAIN', 1, 'Rainfall', 'mm', 'https://w3id.org/ozcar-theia/precipitationAmount',
                  'Quality-controlled data', 'Numeric', true, 'c', '{}', '1999-01-01Z', '2019-12-31Z'),
              ('CATC_OBS_P_Nal', 'CATC_DAT_RAIN', 2, 'Rainfall', 'mm', 'https://w3id.org/ozcar-theia/precipitationAmount',
                  'Raw data', 'Numeric', true, 'd', '{}', '2001-01-01Z', '2003-12-31Z'),
              ('AGRH_OBS_TW_Ker', 'AGRH_DAT_HYD', 3, 'Stream water temperature', '°C', 'https://w3id.org/ozcar-theia/waterTemperature',
                  'Raw data', 'Numeric', true, 'e', '{}', '2015-01-01Z', '2021-12-31Z'),
              ('AGRH_OBS_P_Gue', 'AGRH_DAT_HYD', 5, 'Precipitation', 'mm', 'https://w3id.org/ozcar-theia/precipitationAmount',
                  'Raw data', 'Numeric', true, 'f', '{}', '2000-01-01Z', '2001-12-31Z'),
              ('OHGE_OBS_SH_Str', 'OHGE_DAT_SOIL', 4, 'Soil humidity custom', '%', null,
                  'Raw data', 'Numeric', true, 'g', '{}', '2021-03-01Z', '2021-09-16Z'),
              ('OHGE_OBS_TA_Str', 'OHGE_DAT_SOIL', 4, 'Air temperature under canopy', '°C', 'https://w3id.org/ozcar-theia/atmosphericTemperature',
                  'Derived products', 'Numeric', true, 'h', '{}', '2019-01-01Z', '2022-12-31Z');
            """;
}
