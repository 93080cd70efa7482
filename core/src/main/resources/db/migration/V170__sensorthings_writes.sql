-- SensorThings writes (docs/sensorthings-mapping.md, "Writes"). Stations and series created through
-- the SensorThings API are marked, so that a later deposit of the same producer, which replaces what
-- its files describe, does not delete them (DepositLoader): the two ways in do not destroy each other.
alter table sampling_feature add column written_through_sta boolean not null default false;
alter table series add column written_through_sta boolean not null default false;

-- What a client sent for a Datastream and its Sensor (names, descriptions, metadata) has no pivot
-- column: it is kept in series.document.sensorThings / series.procedure.sensorThings and shown first.
create or replace view sta_sensor as
select s.id,
       coalesce(s.procedure #>> '{sensorThings,name}',
                s.procedure #>> '{dataProduction,sensors,0,model}',
                s.procedure #>> '{dataProduction,sensors,0,name}',
                'Procedure of ' || s.observation_id) as name,
       coalesce(s.procedure #>> '{sensorThings,description}',
                s.procedure #>> '{dataProduction,method}', 'Procedure of observation ' || s.observation_id) as description,
       coalesce(s.procedure #>> '{sensorThings,encodingType}', 'application/json') as encoding_type,
       coalesce(s.procedure -> 'sensorThings' -> 'metadata', s.procedure, '{}'::jsonb) as metadata,
       jsonb_build_object('observationId', s.observation_id) as properties,
       -- SensorThings 1.0 types metadata as a string (its OGC suite reads Sensors(x)/metadata/$value as one)
       coalesce(s.procedure #>> '{sensorThings,metadata}', s.procedure::text, '{}') as metadata_text
from series s;

-- sta_series as V130 (the embargo) redefined it, with the client's name and description first
create or replace view sta_series as
select s.id,
       coalesce(s.document #>> '{sensorThings,name}', s.property_name || ' at ' || sf.name) as name,
       coalesce(s.document #>> '{sensorThings,description}', s.property_description, s.property_name || ' measured at station ' || sf.name
                || ' (dataset ' || s.dataset_id || ')') as description,
       jsonb_strip_nulls(jsonb_build_object(
           'observationId', s.observation_id,
           'datasetId', s.dataset_id,
           'datasetTitle', d.title,
           'producerId', d.producer_id,
           'doi', d.doi,
           'landingPage', case when d.doi is not null then 'https://doi.org/' || d.doi end,
           'licence', case when d.licence_title is not null or d.licence_url is not null
                           then jsonb_build_object('title', d.licence_title, 'url', d.licence_url) end,
           'processingLevel', s.processing_level,
           'dataType', s.data_type,
           'missingValue', s.missing_value,
           'qualityFlags', s.quality_flags,
           'propertyName', s.property_name,
           'variableIri', s.variable_iri,
           'theiaCategories', to_jsonb(s.theia_categories))) as properties,
       jsonb_strip_nulls(jsonb_build_object('name', coalesce(v.unit, s.unit), 'symbol', s.unit,
                                            'definition', case when s.unit <> 'N/A'
                                                               then 'urn:ozcar:unit:' || s.unit end)) as unit_of_measurement,
       case when s.data_type = 'Numeric'
            then 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement'
            else 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Observation' end as observation_type,
       vs.first_time as phenomenon_time_start,
       vs.last_time as phenomenon_time_end,
       vs.first_time as result_time_start,
       vs.last_time as result_time_end,
       sf.geometry as observed_area,
       s.sampling_feature_id as thing_id,
       coalesce(v.id::bigint, sta_fallback_property_id(s.property_name, s.unit)) as observed_property_id,
       s.additional_values,
       s.unit
from series s
join dataset d on d.id = s.dataset_id
join sampling_feature sf on sf.id = s.sampling_feature_id
join visible_series_summary vs on vs.series_id = s.id
left join variable v on v.iri = s.variable_iri;
