-- core.access: the embargo, decided in SQL (docs/security.md, "Embargo").
--
-- The viewer of the current transaction is handed in by fr.ozcar.insitu.core.access.EmbargoAccess
-- through set_config(name, value, true) with bound values, so it lasts until the transaction ends and
-- never leaks to the next user of a pooled connection. Unset means anonymous: a read path that forgets
-- to say who is asking shows less, never more.
--
-- Every read of measurements goes through visible_measurement (or sta_observation, built on it), and
-- every per-series figure (count, first/last time, min/max) through visible_series_summary.

-- The start (00:00 UTC) of the day of the request.
create function access_request_day() returns timestamptz
    language sql stable parallel safe
    return (coalesce(nullif(current_setting('insitu.viewer_day', true), '')::date,
                     (now() at time zone 'UTC')::date))::timestamp at time zone 'UTC';

-- Whether the viewer sees the embargoed rows of a dataset: administrators, the data managers of its
-- producer, and the dataset's priviledgedUsers (e-mails, compared without case).
create function access_sees_embargoed(producer_id text, dataset_document jsonb) returns boolean
    language sql stable parallel safe
    return coalesce(current_setting('insitu.viewer_administrator', true), '') = 'true'
        or producer_id = any (coalesce(nullif(current_setting('insitu.viewer_producers', true), ''), '{}')::text[])
        or exists (select 1
                   from jsonb_array_elements_text(case jsonb_typeof(dataset_document #> '{metadata,dataConstraint,embargo,priviledgedUsers}')
                                                      when 'array' then dataset_document #> '{metadata,dataConstraint,embargo,priviledgedUsers}'
                                                      else '[]'::jsonb end) u(email)
                   where lower(u.email) = lower(nullif(current_setting('insitu.viewer_email', true), '')));

-- The series that hide rows from the viewer of this transaction: their rows whose time (the end of
-- the measurement, the key of the row) is at or after hidden_from are hidden. A series that is not
-- listed hides nothing, so figures kept in `series` (row_count, ...) are true for it.
create view access_embargo as
select s.id as series_id,
       access_request_day() - make_interval(days => d.embargo_days) as hidden_from
from series s
join dataset d on d.id = s.dataset_id
where d.embargo_days > 0
  and not access_sees_embargoed(d.producer_id, d.document);

-- The measurement rows the viewer of this transaction may see.
create view visible_measurement as
select m.*
from measurement m
where not exists (select 1 from access_embargo e where e.series_id = m.series_id and m.time >= e.hidden_from);

-- Per-series figures as the viewer of this transaction may see them: the import's summary when the
-- series hides nothing from this viewer, otherwise computed from its visible rows only.
create view visible_series_summary as
select s.id as series_id,
       e.series_id is not null as hides_rows,
       case when e.series_id is null then s.row_count else v.row_count end as row_count,
       case when e.series_id is null then s.first_time else v.first_time end as first_time,
       case when e.series_id is null then s.last_time else v.last_time end as last_time,
       case when e.series_id is null then s.min_value else v.min_value end as min_value,
       case when e.series_id is null then s.max_value else v.max_value end as max_value
from series s
left join access_embargo e on e.series_id = s.id
left join lateral (select count(*) as row_count, min(m.time) as first_time, max(m.time) as last_time,
                          min(m.value) as min_value, max(m.value) as max_value
                   from measurement m
                   where m.series_id = e.series_id and m.time < e.hidden_from) v on true;

-- SensorThings: the same views as V30, reading visible rows and visible extents only.
create or replace view sta_historical_location as
select sf.id,
       (select min(v.first_time) from series s join visible_series_summary v on v.series_id = s.id
        where s.sampling_feature_id = sf.id) as time
from sampling_feature sf;

create or replace view sta_series as
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

create or replace view sta_observation as
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
from visible_measurement m;
