-- SensorThings API entities as views of the pivot model (docs/sensorthings-mapping.md).
-- The STA module only ever selects from these views: they are inlined by the planner, so a
-- column that a request does not select is never computed, and predicates on key columns reach
-- the indexes of the underlying tables.

-- Observation ids: series id in the high bits, whole seconds since 1800-01-01T00:00:00Z in the low
-- 34 bits (2^34 s = 544 years). Ids stay below 2^53 (exact in JavaScript) up to series id 524287.
create function sta_observation_id(series_id integer, t timestamptz) returns bigint
    language sql immutable parallel safe
    return (series_id::bigint << 34) + (floor(date_part('epoch', t))::bigint + 5364662400);

-- An ObservedProperty for a producer's property that no thesaurus variable resolves: a stable id
-- from its name and unit, above 2^48 so that it never meets a variable id.
create function sta_fallback_property_id(name text, unit text) returns bigint
    language sql immutable parallel safe
    return 281474976710656 + ('x' || substr(md5(name || chr(31) || unit), 1, 12))::bit(48)::bigint;

-- A jsonb value as a number, or null when it is not one (filters compare JSON properties to numbers).
create function sta_number(value jsonb) returns double precision
    language sql immutable parallel safe
    return case jsonb_typeof(value)
        when 'number' then (value #>> '{}')::double precision
        when 'string' then case when (value #>> '{}') ~ '^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$'
                                then (value #>> '{}')::double precision end
        end;

create view sta_thing as
select sf.id,
       sf.name,
       coalesce(sf.properties ->> 'description', 'Station ' || sf.name || ' of ' || p.name) as description,
       sf.properties
           || jsonb_build_object('producerId', p.id, 'producerName', p.name, 'producerTitle', p.title,
                                 'datasets', (select coalesce(jsonb_agg(distinct s.dataset_id), '[]')
                                              from series s where s.sampling_feature_id = sf.id)) as properties
from sampling_feature sf
join producer p on p.id = sf.producer_id;

create view sta_location as
select sf.id,
       sf.name,
       'Position of station ' || sf.name as description,
       'application/geo+json'::text as encoding_type,
       sf.geometry as location,
       jsonb_build_object('producerId', sf.producer_id) as properties
from sampling_feature sf;

-- Stations do not move in the pivot model: one historical location per thing, at its first measurement.
create view sta_historical_location as
select sf.id,
       (select min(s.first_time) from series s where s.sampling_feature_id = sf.id) as time
from sampling_feature sf;

create view sta_feature_of_interest as
select sf.id,
       sf.name,
       'Sampling feature ' || sf.name || ' of ' || sf.producer_id as description,
       'application/geo+json'::text as encoding_type,
       sf.geometry as feature,
       sf.properties
from sampling_feature sf;

create view sta_sensor as
select s.id,
       coalesce(s.procedure #>> '{dataProduction,sensors,0,model}',
                s.procedure #>> '{dataProduction,sensors,0,name}',
                'Procedure of ' || s.observation_id) as name,
       coalesce(s.procedure #>> '{dataProduction,method}', 'Procedure of observation ' || s.observation_id) as description,
       'application/json'::text as encoding_type,
       coalesce(s.procedure, '{}'::jsonb) as metadata,
       jsonb_build_object('observationId', s.observation_id) as properties
from series s;

create view sta_observed_property as
select v.id::bigint as id,
       v.label as name,
       v.iri as definition,
       coalesce(v.definition, v.pref_label_en, v.label) as description,
       jsonb_build_object('categoryPath', v.category_path, 'categoryLabels', v.category_labels,
                          'prefLabelFr', v.pref_label_fr, 'unit', v.unit) as properties
from variable v
where exists (select 1 from series s where s.variable_iri = v.iri)
union all
select distinct on (f.id) f.id, f.name, 'urn:ozcar:property:' || f.unit_slug || ':' || f.name_slug, f.name,
       jsonb_build_object('unit', f.unit, 'resolved', false)
from (select sta_fallback_property_id(s.property_name, s.unit) as id, s.property_name as name, s.unit,
             regexp_replace(lower(s.property_name), '[^a-z0-9]+', '-', 'g') as name_slug,
             regexp_replace(lower(s.unit), '[^a-z0-9]+', '-', 'g') as unit_slug
      from series s
      where not exists (select 1 from variable v where v.iri = s.variable_iri)
      union all
      select sta_fallback_property_id(a ->> 'name', coalesce(a ->> 'unit', 'N/A')), a ->> 'name',
             coalesce(a ->> 'unit', 'N/A'),
             regexp_replace(lower(a ->> 'name'), '[^a-z0-9]+', '-', 'g'),
             regexp_replace(lower(coalesce(a ->> 'unit', 'N/A')), '[^a-z0-9]+', '-', 'g')
      from series s, jsonb_array_elements(s.additional_values) a) f;

-- Series properties shared by Datastreams and MultiDatastreams.
create view sta_series as
select s.id,
       s.property_name || ' at ' || sf.name as name,
       coalesce(s.property_description, s.property_name || ' measured at station ' || sf.name
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
       s.first_time as phenomenon_time_start,
       s.last_time as phenomenon_time_end,
       s.first_time as result_time_start,
       s.last_time as result_time_end,
       sf.geometry as observed_area,
       s.sampling_feature_id as thing_id,
       coalesce(v.id::bigint, sta_fallback_property_id(s.property_name, s.unit)) as observed_property_id,
       s.additional_values,
       s.unit
from series s
join dataset d on d.id = s.dataset_id
join sampling_feature sf on sf.id = s.sampling_feature_id
left join variable v on v.iri = s.variable_iri;

-- A series with additional values is a MultiDatastream; every other series is a Datastream.
create view sta_datastream as
select id, name, description, properties, unit_of_measurement, observation_type,
       phenomenon_time_start, phenomenon_time_end, result_time_start, result_time_end,
       observed_area, thing_id, observed_property_id
from sta_series
where additional_values = '[]'::jsonb;

create view sta_multi_datastream as
select id, name, description, properties,
       jsonb_build_array(unit_of_measurement)
           || coalesce((select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                                'name', coalesce(a ->> 'unit', 'N/A'), 'symbol', coalesce(a ->> 'unit', 'N/A'))))
                        from jsonb_array_elements(additional_values) a), '[]') as unit_of_measurements,
       'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_ComplexObservation'::text as observation_type,
       jsonb_build_array(observation_type)
           || coalesce((select jsonb_agg('http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement'::text)
                        from jsonb_array_elements(additional_values) a), '[]') as multi_observation_data_types,
       phenomenon_time_start, phenomenon_time_end, result_time_start, result_time_end,
       observed_area, thing_id,
       array[observed_property_id]
           || coalesce((select array_agg(sta_fallback_property_id(a ->> 'name', coalesce(a ->> 'unit', 'N/A')))
                        from jsonb_array_elements(additional_values) a), '{}') as observed_property_ids
from sta_series
where additional_values <> '[]'::jsonb;

-- One measurement row. phenomenonTime is an interval when the row has a begin time; the PK column
-- `time` is its end, which is what ordering and range filters use so that they reach the index.
create view sta_observation as
select sta_observation_id(m.series_id, m.time) as id,
       m.series_id as datastream_id,
       coalesce(m.time_begin, m.time) as phenomenon_time_start,
       m.time as phenomenon_time_end,
       m.time as result_time,
       m.value as result_number,
       m.result as result_text,
       m.additional as result_additional,
       case when m.flags is null or m.flags = '' then null
            else to_jsonb(string_to_array(m.flags, '|')) end as result_quality,
       m.flags,
       case when m.longitude is null and m.latitude is null and m.additional is null then null
            else jsonb_strip_nulls(jsonb_build_object('longitude', m.longitude, 'latitude', m.latitude,
                                                      'altitude', m.altitude,
                                                      'additionalValues', to_jsonb(m.additional))) end as parameters,
       m.time as time,
       m.time_begin
from measurement m;

-- A text as an instant, or null when it is not an ISO 8601 date-time (filters on JSON members).
create function sta_instant(value text) returns timestamptz
    language sql immutable parallel safe
    return case when value ~ '^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$'
                then value::timestamptz end;
