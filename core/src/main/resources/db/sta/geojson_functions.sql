-- Spatial predicates over GeoJSON (jsonb), planar in degrees, for databases without PostGIS: the
-- SensorThings $filter functions (st_within, geo.distance, ...) run in SQL on either path.
-- Approximations (documented in docs/sensorthings-mapping.md): boundaries count as inside, and
-- st_touches/st_overlaps/st_crosses use vertex and segment tests rather than full DE-9IM.

-- simple parts of a geometry (collections and features unwrapped)
create function sta_geo_parts(g jsonb) returns setof jsonb language sql immutable as $$
    select p
    from (select g -> 'geometry' as p where g ->> 'type' = 'Feature'
          union all select e from jsonb_array_elements(case when g ->> 'type' = 'GeometryCollection'
                                                             then g -> 'geometries' else '[]' end) e
          union all select g where g ->> 'type' not in ('Feature', 'GeometryCollection')) parts
$$;

create function sta_geo_vertices(g jsonb) returns table (x double precision, y double precision)
language sql immutable as $$
    select (p ->> 0)::double precision, (p ->> 1)::double precision
    from sta_geo_parts(g) part, jsonb_path_query(jsonb_build_array(part -> 'coordinates'), 'strict $.**') p
    where jsonb_typeof(p) = 'array' and jsonb_typeof(p -> 0) = 'number'
$$;

-- the lines of a geometry: line strings and polygon rings, as jsonb arrays of positions
create function sta_geo_lines(g jsonb) returns setof jsonb language sql immutable as $$
    select l from sta_geo_parts(g) part,
         lateral (select part -> 'coordinates' as l where part ->> 'type' = 'LineString'
                  union all select e from jsonb_array_elements(part -> 'coordinates') e
                            where part ->> 'type' in ('MultiLineString', 'Polygon')
                  union all select r from jsonb_array_elements(part -> 'coordinates') poly,
                                          jsonb_array_elements(poly) r where part ->> 'type' = 'MultiPolygon') lines
$$;

create function sta_geo_segments(g jsonb)
    returns table (x1 double precision, y1 double precision, x2 double precision, y2 double precision)
language sql immutable as $$
    select (a ->> 0)::double precision, (a ->> 1)::double precision, (b ->> 0)::double precision, (b ->> 1)::double precision
    from sta_geo_lines(g) line,
         lateral (select e as a, lead(e) over (order by i) as b
                  from jsonb_array_elements(line) with ordinality t(e, i)) s
    where b is not null
$$;

-- polygons as arrays of rings
create function sta_geo_polygons(g jsonb) returns setof jsonb language sql immutable as $$
    select p from sta_geo_parts(g) part,
         lateral (select part -> 'coordinates' as p where part ->> 'type' = 'Polygon'
                  union all select e from jsonb_array_elements(part -> 'coordinates') e
                            where part ->> 'type' = 'MultiPolygon') polys
$$;

create function sta_geo_dimension(g jsonb) returns integer language sql immutable as $$
    select max(case part ->> 'type' when 'Point' then 0 when 'MultiPoint' then 0
                                    when 'LineString' then 1 when 'MultiLineString' then 1 else 2 end)
    from sta_geo_parts(g) part
$$;

create function sta_geo_on_segment(x double precision, y double precision, x1 double precision,
                                   y1 double precision, x2 double precision, y2 double precision)
    returns boolean language sql immutable as $$
    select abs((x2 - x1) * (y - y1) - (y2 - y1) * (x - x1)) <= 1e-12
           and x between least(x1, x2) and greatest(x1, x2) and y between least(y1, y2) and greatest(y1, y2)
$$;

-- even-odd ray casting over all rings of one polygon (holes excluded)
create function sta_geo_in_polygon(x double precision, y double precision, polygon jsonb)
    returns boolean language sql immutable as $$
    select coalesce(sum(case when ((y1 > y) <> (y2 > y)) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1
                             then 1 else 0 end) % 2 = 1, false)
    from sta_geo_segments(jsonb_build_object('type', 'Polygon', 'coordinates', polygon))
$$;

create function sta_geo_on_boundary(x double precision, y double precision, g jsonb)
    returns boolean language sql immutable as $$
    select exists (select 1 from sta_geo_segments(g) s where sta_geo_on_segment(x, y, s.x1, s.y1, s.x2, s.y2))
$$;

-- the point is in the geometry, its boundary included
create function sta_geo_covers_point(g jsonb, px double precision, py double precision)
    returns boolean language sql immutable as $$
    select exists (select 1 from sta_geo_polygons(g) p where sta_geo_in_polygon(px, py, p))
        or sta_geo_on_boundary(px, py, g)
        or exists (select 1 from sta_geo_parts(g) part, sta_geo_vertices(part) v
                   where part ->> 'type' in ('Point', 'MultiPoint') and v.x = px and v.y = py)
$$;

-- the point is strictly inside a polygon of the geometry
create function sta_geo_interior_point(g jsonb, x double precision, y double precision)
    returns boolean language sql immutable as $$
    select exists (select 1 from sta_geo_polygons(g) p where sta_geo_in_polygon(x, y, p))
       and not sta_geo_on_boundary(x, y, g)
$$;

create function sta_geo_orientation(ax double precision, ay double precision, bx double precision,
                                    by_ double precision, cx double precision, cy double precision)
    returns integer language sql immutable as $$
    select sign((bx - ax) * (cy - ay) - (by_ - ay) * (cx - ax))::integer
$$;

-- two segments cross at a single interior point of both
create function sta_geo_segments_cross_properly(g1 jsonb, g2 jsonb) returns boolean language sql immutable as $$
    select exists (
        select 1 from sta_geo_segments(g1) a, sta_geo_segments(g2) b
        where sta_geo_orientation(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * sta_geo_orientation(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0
          and sta_geo_orientation(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * sta_geo_orientation(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0)
$$;

create function sta_geo_intersects(g1 jsonb, g2 jsonb) returns boolean language sql immutable as $$
    select exists (select 1 from sta_geo_vertices(g1) v where sta_geo_covers_point(g2, v.x, v.y))
        or exists (select 1 from sta_geo_vertices(g2) v where sta_geo_covers_point(g1, v.x, v.y))
        or sta_geo_segments_cross_properly(g1, g2)
$$;

create function sta_geo_within(g1 jsonb, g2 jsonb) returns boolean language sql immutable as $$
    select exists (select 1 from sta_geo_vertices(g1))
       and not exists (select 1 from sta_geo_vertices(g1) v where not sta_geo_covers_point(g2, v.x, v.y))
       and not sta_geo_segments_cross_properly(g1, g2)
$$;

create function sta_geo_contains(g1 jsonb, g2 jsonb) returns boolean language sql immutable as $$
    select sta_geo_within(g2, g1)
$$;

create function sta_geo_disjoint(g1 jsonb, g2 jsonb) returns boolean language sql immutable as $$
    select not sta_geo_intersects(g1, g2)
$$;

create function sta_geo_equals(g1 jsonb, g2 jsonb) returns boolean language sql immutable as $$
    select sta_geo_within(g1, g2) and sta_geo_within(g2, g1)
$$;

create function sta_geo_touches(g1 jsonb, g2 jsonb) returns boolean language sql immutable as $$
    select sta_geo_intersects(g1, g2)
       and not sta_geo_segments_cross_properly(g1, g2)
       and not exists (select 1 from sta_geo_vertices(g1) v where sta_geo_interior_point(g2, v.x, v.y))
       and not exists (select 1 from sta_geo_vertices(g2) v where sta_geo_interior_point(g1, v.x, v.y))
       and not (sta_geo_dimension(g1) = 0 and sta_geo_dimension(g2) = 0)
$$;

create function sta_geo_overlaps(g1 jsonb, g2 jsonb) returns boolean language sql immutable as $$
    select sta_geo_dimension(g1) = sta_geo_dimension(g2) and sta_geo_intersects(g1, g2)
       and not sta_geo_within(g1, g2) and not sta_geo_within(g2, g1) and not sta_geo_touches(g1, g2)
$$;

create function sta_geo_crosses(g1 jsonb, g2 jsonb) returns boolean language sql immutable as $$
    select case when sta_geo_dimension(g1) = 1 and sta_geo_dimension(g2) = 1
                then sta_geo_segments_cross_properly(g1, g2)
                else sta_geo_dimension(g1) < sta_geo_dimension(g2) and sta_geo_intersects(g1, g2)
                     and not sta_geo_within(g1, g2) and not sta_geo_touches(g1, g2) end
$$;

create function sta_geo_point_segment_distance(x double precision, y double precision, x1 double precision,
                                               y1 double precision, x2 double precision, y2 double precision)
    returns double precision language sql immutable as $$
    select case when x1 = x2 and y1 = y2 then sqrt((x - x1) ^ 2 + (y - y1) ^ 2)
                else (select sqrt((x - (x1 + t * (x2 - x1))) ^ 2 + (y - (y1 + t * (y2 - y1))) ^ 2)
                      from (select greatest(0, least(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1))
                                                        / ((x2 - x1) ^ 2 + (y2 - y1) ^ 2))) as t) p) end
$$;

create function sta_geo_distance(g1 jsonb, g2 jsonb) returns double precision language sql immutable as $$
    select case when g1 is null or g2 is null then null when sta_geo_intersects(g1, g2) then 0
           else (select min(d) from (
                select sqrt((a.x - b.x) ^ 2 + (a.y - b.y) ^ 2) as d from sta_geo_vertices(g1) a, sta_geo_vertices(g2) b
                union all select sta_geo_point_segment_distance(a.x, a.y, s.x1, s.y1, s.x2, s.y2)
                          from sta_geo_vertices(g1) a, sta_geo_segments(g2) s
                union all select sta_geo_point_segment_distance(b.x, b.y, s.x1, s.y1, s.x2, s.y2)
                          from sta_geo_vertices(g2) b, sta_geo_segments(g1) s) d) end
$$;

-- the length of the line parts (0 for points and polygons, as in PostGIS ST_Length)
create function sta_geo_length(g jsonb) returns double precision language sql immutable as $$
    select coalesce(sum(sqrt((s.x2 - s.x1) ^ 2 + (s.y2 - s.y1) ^ 2)), 0)
    from sta_geo_parts(g) part, sta_geo_segments(part) s
    where part ->> 'type' in ('LineString', 'MultiLineString')
$$;
