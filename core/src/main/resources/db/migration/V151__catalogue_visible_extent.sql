-- The catalogue's first/last times as the viewer of the transaction may see them (docs/security.md,
-- "Embargo"): V150 read them from series, which told everyone when the rows hidden by an embargo end.
-- Climates, geologies and countries also come from the station's enrichment (V100, docs/import.md
-- "Station enrichment"), besides what V150 reads. Same columns, same order: only these expressions change.
create or replace view catalogue_observation as
select s.id,
       s.observation_id,
       s.dataset_id,
       d.producer_id,
       s.sampling_feature_id as station_id,
       s.property_name,
       s.unit,
       s.variable_iri,
       coalesce(v.category_path, '{}') || case when s.variable_iri is null then '{}'::text[]
                                               else array[s.variable_iri] end as variable_path,
       s.processing_level,
       vs.first_time,
       vs.last_time,
       sf.longitude,
       sf.latitude,
       array(select distinct c from (
                 select jsonb_array_elements_text(coalesce(d.document #> '{metadata,portalSearchCriteria,climates}', '[]')) c
                 union all select sf.properties ->> 'climate'
                 union all select e ->> 'value' from jsonb_array_elements(
                     case jsonb_typeof(sf.enrichment -> 'climates') when 'array' then sf.enrichment -> 'climates'
                                                                    else '[]' end) e) x where c is not null) as climates,
       array(select distinct g from (
                 select jsonb_array_elements_text(coalesce(d.document #> '{metadata,portalSearchCriteria,geologies}', '[]')) g
                 union all select sf.properties ->> 'geology'
                 union all select e ->> 'value' from jsonb_array_elements(
                     case jsonb_typeof(sf.enrichment -> 'geologies') when 'array' then sf.enrichment -> 'geologies'
                                                                     else '[]' end) e) x where g is not null) as geologies,
       array(select distinct upper(c) from (
                 select sf.properties ->> 'country'
                 union all select sf.enrichment #>> '{country,code}') x(c) where c is not null) as countries,
       array(select coalesce(f.acronym, f.name, f.id_scanr) from funding f where f.producer_id = d.producer_id) as funders,
       lower(concat_ws(' ', s.observation_id, s.property_name, s.property_description, v.label, v.pref_label_en,
                       v.pref_label_fr, array_to_string(v.category_labels, ' '), d.title, d.description,
                       (select string_agg(k.keyword, ' ') from keyword k where k.dataset_id = d.id),
                       sf.name, p.name, p.title, p.description)) as search_text
from series s
join visible_series_summary vs on vs.series_id = s.id
join dataset d on d.id = s.dataset_id
join producer p on p.id = d.producer_id
join sampling_feature sf on sf.id = s.sampling_feature_id
left join variable v on v.iri = s.variable_iri;
