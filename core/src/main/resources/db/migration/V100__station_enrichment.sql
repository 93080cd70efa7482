-- Issue 7. Older producers' files omit processingLevel: the series is stored with it not given
-- (null) rather than the deposit refused.
alter table series alter column processing_level drop not null;

-- What the importer derives for each station (country, administrative units, climate, geology),
-- each value with its source: StationEnrichment.toJson(). Empty until the station is imported again.
alter table sampling_feature add column enrichment jsonb not null default '{}';

-- The Thing's properties: the station's own properties, then the derived ones, then the producer's
-- (docs/sensorthings-mapping.md). Only this expression changes.
create or replace view sta_thing as
select sf.id,
       sf.name,
       coalesce(sf.properties ->> 'description', 'Station ' || sf.name || ' of ' || p.name) as description,
       sf.properties
           || sf.enrichment
           || jsonb_build_object('producerId', p.id, 'producerName', p.name, 'producerTitle', p.title,
                                 'datasets', (select coalesce(jsonb_agg(distinct s.dataset_id), '[]')
                                              from series s where s.sampling_feature_id = sf.id)) as properties
from sampling_feature sf
join producer p on p.id = sf.producer_id;
