package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.entity.EntityModel;
import fr.ozcar.insitu.sensorthings.entity.EntityType;
import fr.ozcar.insitu.sensorthings.entity.Property;
import fr.ozcar.insitu.sensorthings.entity.PropertyKind;
import fr.ozcar.insitu.sensorthings.query.Expr;
import fr.ozcar.insitu.sensorthings.query.OrderBy;
import fr.ozcar.insitu.sensorthings.query.StaBadRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a parsed $filter or $orderby on one entity type into parameterised SQL over its view,
 * with the entity under {@code alias}. Operators live in {@link Comparisons} and {@link Arithmetic},
 * functions in one {@link FunctionFamily} per family.
 */
public final class FilterTranslator {

    private static final List<FunctionFamily> FAMILIES = List.of(
            new StringFunctions(), new DateFunctions(), new MathFunctions(), new SpatialFunctions(),
            new TemporalFunctions());
    private static final Map<String, FunctionFamily> BY_NAME = new HashMap<>();

    static {
        for (FunctionFamily family : FAMILIES) {
            family.names().forEach(name -> BY_NAME.put(name, family));
        }
    }

    private final EntityModel model;
    private final EntityType type;
    private final String alias;
    private final boolean postgis;
    private final String option;
    private final String text;
    private final AliasCounter aliases;
    private final Deque<JoinScope> scopes = new ArrayDeque<>();

    public FilterTranslator(EntityModel model, EntityType type, String alias, boolean postgis,
                            String option, String text, AliasCounter aliases) {
        this.model = model;
        this.type = type;
        this.alias = alias;
        this.postgis = postgis;
        this.option = option;
        this.text = text;
        this.aliases = aliases;
    }

    /** The SQL condition of a $filter. */
    public Sql condition(Expr filter) {
        return bool(filter);
    }

    /** The SQL {@code order by} items of $orderby keys (own properties only). */
    public List<Sql> orderBy(List<OrderBy> keys) {
        List<Sql> items = new ArrayList<>();
        for (OrderBy key : keys) {
            Typed value = value(key.expression());
            // OData places nulls first in ascending order (and so last in descending order); times
            // keep PostgreSQL's placement instead, so that a backward scan of the measurement key
            // (series_id, time) serves "phenomenonTime desc" without sorting the series
            String direction = key.descending() ? " desc nulls last" : " asc nulls first";
            String timeDirection = key.descending() ? " desc" : " asc";
            switch (value.type()) {
                case INTERVAL -> items.add(Sql.concat(value.extra(), timeDirection));
                case INSTANT -> items.add(Sql.concat(value.sql(), timeDirection));
                case RESULT -> {
                    items.add(Sql.concat(value.sql(), direction));
                    items.add(Sql.concat(value.extra(), direction));
                }
                // no meaningful order, but a stable one: the OGC test suites order Locations by location
                // (GeoJSON jsonb order, or PostGIS's geometry order)
                case GEOMETRY -> items.add(Sql.concat(value.sql(), direction));
                case BOOLEAN, NULL -> throw error(value.position(), "$orderby needs a value, not a condition");
                default -> items.add(Sql.concat(value.sql(), direction));
            }
        }
        return items;
    }

    boolean postgis() {
        return postgis;
    }

    StaBadRequest error(int position, String message) {
        return StaBadRequest.at(option, text, position, message);
    }

    /** A boolean term; comparisons and boolean functions each get their own navigation joins. */
    Sql bool(Expr expr) {
        if (expr instanceof Expr.Binary binary && (binary.operator().equals("and") || binary.operator().equals("or"))) {
            return Sql.concat("(", bool(binary.left()), " " + binary.operator() + " ", bool(binary.right()), ")");
        }
        if (expr instanceof Expr.Unary unary && unary.operator().equals("not")) {
            return Sql.concat("(not coalesce(", bool(unary.operand()), ", false))");
        }
        JoinScope scope = new JoinScope(aliases);
        scopes.push(scope);
        try {
            Typed term = value(expr);
            if (term.type() != SqlType.BOOLEAN) {
                throw error(expr.position(), "a condition is expected here, not a " + term.type().name().toLowerCase());
            }
            return scope.wrap(term.sql());
        } finally {
            scopes.pop();
        }
    }

    Typed value(Expr expr) {
        if (expr instanceof Expr.Literal literal) {
            return literal(literal);
        }
        if (expr instanceof Expr.Path path) {
            return path(path);
        }
        if (expr instanceof Expr.Call call) {
            FunctionFamily family = BY_NAME.get(call.function());
            if (family == null) {
                throw error(call.position(), "unknown function '" + call.function() + "'");
            }
            List<Typed> arguments = new ArrayList<>();
            for (Expr argument : call.arguments()) {
                arguments.add(value(argument));
            }
            return family.apply(call, arguments, this);
        }
        if (expr instanceof Expr.Unary unary) {
            if (unary.operator().equals("not")) {
                return Typed.of(SqlType.BOOLEAN, bool(unary), unary.position());
            }
            Typed operand = Coercion.number(this, value(unary.operand()));
            return Typed.of(SqlType.NUMBER, Sql.concat("(-", operand.sql(), ")"), unary.position());
        }
        Expr.Binary binary = (Expr.Binary) expr;
        Sql observationKey = observationKeyEquality(binary);
        if (observationKey != null) {
            return Typed.of(SqlType.BOOLEAN, observationKey, binary.position());
        }
        return switch (binary.operator()) {
            case "and", "or" -> Typed.of(SqlType.BOOLEAN, bool(binary), binary.position());
            case "add", "sub", "mul", "div", "mod" -> Arithmetic.apply(this, binary, value(binary.left()), value(binary.right()));
            default -> Comparisons.apply(this, binary, value(binary.left()), value(binary.right()));
        };
    }

    /** {@code id eq N} on Observations, either way round, as the key range N stands for; else null. */
    private Sql observationKeyEquality(Expr.Binary binary) {
        if (!binary.operator().equals("eq") || !type.name().equals("Observation")) {
            return null;
        }
        Expr id = binary.left() instanceof Expr.Literal ? binary.right() : binary.left();
        Expr value = id == binary.left() ? binary.right() : binary.left();
        if (id instanceof Expr.Path path && path.segments().size() == 1
                && type.property(path.segments().get(0)).filter(p -> p.kind() == PropertyKind.ID).isPresent()
                && value instanceof Expr.Literal literal && literal.type() == Expr.LiteralType.LONG) {
            return ObservationKey.condition(alias, (Long) literal.value());
        }
        return null;
    }

    private Typed literal(Expr.Literal literal) {
        int position = literal.position();
        Object value = literal.value();
        return switch (literal.type()) {
            case STRING -> Typed.of(SqlType.STRING, Sql.param(value, "text"), position);
            case LONG -> Typed.of(SqlType.NUMBER, Sql.param(value, "bigint"), position);
            case DOUBLE -> Typed.of(SqlType.NUMBER, Sql.param(value, "double precision"), position);
            case BOOLEAN -> Typed.of(SqlType.BOOLEAN, Sql.param(value, "boolean"), position);
            case NULL -> Typed.of(SqlType.NULL, Sql.of("null"), position);
            case DATETIME -> Typed.of(SqlType.INSTANT, Sql.param(utc((OffsetDateTime) value), "timestamptz"), position);
            case DATE -> Typed.of(SqlType.DATE, Sql.param(value, "date"), position);
            case TIME -> Typed.of(SqlType.TIME, Sql.param(value, "time"), position);
            case INTERVAL -> {
                Expr.Interval interval = (Expr.Interval) value;
                if (interval.end().isBefore(interval.start())) {
                    throw error(position, "the interval ends before it starts");
                }
                yield new Typed(SqlType.INTERVAL, Sql.param(utc(interval.start()), "timestamptz"),
                        Sql.param(utc(interval.end()), "timestamptz"), position);
            }
            case GEOMETRY -> SpatialFunctions.literal(this, ((Expr.Geometry) value).wkt(), position);
        };
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private Typed path(Expr.Path path) {
        EntityType current = type;
        String currentAlias = alias;
        List<String> segments = path.segments();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            var navigation = current.navigation(segment);
            if (navigation.isPresent()) {
                if (scopes.isEmpty()) {
                    throw error(path.position(), "navigation paths such as '" + path.text()
                            + "' are only supported in $filter");
                }
                EntityType target = model.byName(navigation.get().target());
                currentAlias = scopes.peek().join(currentAlias, navigation.get(), target);
                current = target;
                continue;
            }
            var property = current.property(segment);
            if (property.isEmpty()) {
                throw error(path.position(), "'" + segment + "' is neither a property nor a navigation of "
                        + current.name());
            }
            return property(property.get(), currentAlias, segments.subList(i + 1, segments.size()), path);
        }
        throw error(path.position(), "'" + path.text() + "' ends at an entity, not at a property");
    }

    private Typed property(Property property, String owner, List<String> member, Expr.Path path) {
        String column = owner + "." + property.column();
        int position = path.position();
        if (!member.isEmpty()) {
            if (property.kind() != fr.ozcar.insitu.sensorthings.entity.PropertyKind.JSON
                    && property.kind() != fr.ozcar.insitu.sensorthings.entity.PropertyKind.FLAGS
                    && property.kind() != fr.ozcar.insitu.sensorthings.entity.PropertyKind.GEOMETRY) {
                throw error(position, property.name() + " has no members ('" + path.text() + "')");
            }
            List<Object> pieces = new ArrayList<>();
            pieces.add("(" + column + " #> array[");
            for (int i = 0; i < member.size(); i++) {
                if (i > 0) {
                    pieces.add(", ");
                }
                pieces.add(Sql.param(member.get(i), "text"));
            }
            pieces.add("])");
            return Typed.of(SqlType.JSON, Sql.concat(pieces.toArray()), position);
        }
        return switch (property.kind()) {
            case ID -> Typed.of(SqlType.NUMBER, Sql.of(column), position);
            case STRING -> Typed.of(SqlType.STRING, Sql.of(column), position);
            case JSON, FLAGS -> Typed.of(SqlType.JSON, Sql.of(column), position);
            case GEOMETRY -> SpatialFunctions.column(this, owner, property, position);
            case INSTANT, ROW_TIME -> Typed.of(SqlType.INSTANT, Sql.of(column), position);
            case INTERVAL, ROW_INTERVAL -> new Typed(SqlType.INTERVAL, Sql.of(column + "_start"), Sql.of(column + "_end"), position);
            case RESULT -> new Typed(SqlType.RESULT, Sql.of(owner + ".result_number"), Sql.of(owner + ".result_text"), position);
        };
    }
}
