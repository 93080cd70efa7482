-- Issue 10. One row per published series with everything the portal's search filters and facets on,
-- so that core.catalogue.CatalogueSearch binds values against fixed columns and never builds SQL from
-- user text. Climate, geology and administrative units are read from what the model holds today: the
-- dataset's declared portalSearchCriteria and the station's own properties (climate, geology,
-- country); the per-station enrichment of the import (deposits branch) is to be added here, and only here.
create view catalogue_observation as
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
       s.first_time,
       s.last_time,
       sf.longitude,
       sf.latitude,
       array(select distinct c from (
                 select jsonb_array_elements_text(coalesce(d.document #> '{metadata,portalSearchCriteria,climates}', '[]')) c
                 union all select sf.properties ->> 'climate') x where c is not null) as climates,
       array(select distinct g from (
                 select jsonb_array_elements_text(coalesce(d.document #> '{metadata,portalSearchCriteria,geologies}', '[]')) g
                 union all select sf.properties ->> 'geology') x where g is not null) as geologies,
       array_remove(array[upper(sf.properties ->> 'country')], null) as countries,
       array(select coalesce(f.acronym, f.name, f.id_scanr) from funding f where f.producer_id = d.producer_id) as funders,
       lower(concat_ws(' ', s.observation_id, s.property_name, s.property_description, v.label, v.pref_label_en,
                       v.pref_label_fr, array_to_string(v.category_labels, ' '), d.title, d.description,
                       (select string_agg(k.keyword, ' ') from keyword k where k.dataset_id = d.id),
                       sf.name, p.name, p.title, p.description)) as search_text
from series s
join dataset d on d.id = s.dataset_id
join producer p on p.id = d.producer_id
join sampling_feature sf on sf.id = s.sampling_feature_id
left join variable v on v.iri = s.variable_iri;

-- An instant as ISO 8601 UTC to the second (2020-01-01T00:00:00Z) whatever the session's time zone, for
-- the JSON documents core.catalogue.CatalogueRecords builds.
create function catalogue_utc(t timestamptz) returns text immutable strict language sql
    as $$ select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') $$;
