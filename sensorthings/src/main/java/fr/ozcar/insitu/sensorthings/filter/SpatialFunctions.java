package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.query.Expr;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * geo.distance geo.length geo.intersects and the st_* relations. With PostGIS they are PostGIS
 * functions on geometries built from the GeoJSON; without it, the {@code sta_geo_*} SQL functions
 * over GeoJSON (migration V31). Distances and lengths are planar, in degrees, on both paths.
 */
final class SpatialFunctions implements FunctionFamily {

    private static final Map<String, String> RELATIONS = Map.ofEntries(
            Map.entry("geo.intersects", "intersects"), Map.entry("st_intersects", "intersects"),
            Map.entry("st_equals", "equals"), Map.entry("st_disjoint", "disjoint"),
            Map.entry("st_touches", "touches"), Map.entry("st_within", "within"),
            Map.entry("st_overlaps", "overlaps"), Map.entry("st_crosses", "crosses"),
            Map.entry("st_contains", "contains"));

    @Override
    public Set<String> names() {
        var names = new java.util.HashSet<>(RELATIONS.keySet());
        names.addAll(Set.of("geo.distance", "geo.length", "st_relate"));
        return names;
    }

    /** A geometry column (GeoJSON jsonb) of an entity. */
    static Typed column(FilterTranslator translator, String column, int position) {
        Sql sql = translator.postgis()
                ? Sql.of("ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(" + column + ")), 4326)")
                : Sql.of(column);
        return Typed.of(SqlType.GEOMETRY, sql, position);
    }

    /** A {@code geography'...'} literal, checked by parsing its WKT here so that a bad one is a 400. */
    static Typed literal(FilterTranslator translator, String wkt, int position) {
        Geometry geometry;
        try {
            geometry = new WKTReader().read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            throw translator.error(position, "invalid WKT geometry: " + e.getMessage());
        }
        if (translator.postgis()) {
            return Typed.of(SqlType.GEOMETRY, Sql.concat("ST_GeomFromText(", Sql.param(new WKTWriter(2).write(geometry), "text"),
                    ", 4326)"), position);
        }
        GeoJsonWriter writer = new GeoJsonWriter();
        writer.setEncodeCRS(false);
        return Typed.of(SqlType.GEOMETRY, Sql.param(writer.write(geometry), "jsonb"), position);
    }

    @Override
    public Typed apply(Expr.Call call, List<Typed> args, FilterTranslator translator) {
        String name = call.function();
        int position = call.position();
        boolean postgis = translator.postgis();
        switch (name) {
            case "geo.length" -> {
                Arity.check(translator, call, 1, 1);
                Sql g = geometry(translator, args.get(0));
                return Typed.of(SqlType.NUMBER, Sql.concat(postgis ? "ST_Length(" : "sta_geo_length(", g, ")"), position);
            }
            case "geo.distance" -> {
                Arity.check(translator, call, 2, 2);
                return Typed.of(SqlType.NUMBER, Sql.concat(postgis ? "ST_Distance(" : "sta_geo_distance(",
                        geometry(translator, args.get(0)), ", ", geometry(translator, args.get(1)), ")"), position);
            }
            case "st_relate" -> {
                Arity.check(translator, call, 3, 3);
                // PostGIS fails on a malformed DE-9IM pattern: only a valid literal pattern is accepted
                if (!(call.arguments().get(2) instanceof Expr.Literal literal)
                        || !(literal.value() instanceof String text) || !text.matches("[0-2TFtf*]{9}")) {
                    throw translator.error(call.arguments().get(2).position(),
                            "st_relate needs a DE-9IM pattern literal of 9 characters among 0 1 2 T F *");
                }
                if (!postgis) {
                    throw translator.error(position, "st_relate needs PostGIS, which this server does not have");
                }
                Typed pattern = args.get(2);
                return Typed.of(SqlType.BOOLEAN, Sql.concat("ST_Relate(", geometry(translator, args.get(0)), ", ",
                        geometry(translator, args.get(1)), ", ", pattern.sql(), ")"), position);
            }
            default -> {
                Arity.check(translator, call, 2, 2);
                String relation = RELATIONS.get(name);
                String function = postgis ? "ST_" + relation : "sta_geo_" + relation;
                return Typed.of(SqlType.BOOLEAN, Sql.concat(function + "(", geometry(translator, args.get(0)), ", ",
                        geometry(translator, args.get(1)), ")"), position);
            }
        }
    }

    private static Sql geometry(FilterTranslator translator, Typed value) {
        if (value.type() != SqlType.GEOMETRY) {
            throw translator.error(value.position(), "a geometry is expected here, not a " + value.type().name().toLowerCase());
        }
        return value.sql();
    }
}
