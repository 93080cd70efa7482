package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.query.Expr;
import java.util.Map;

/**
 * eq ne gt ge lt le. Time intervals (phenomenonTime) compare as half-open intervals [start, end), an
 * instant being [t, t]: {@code a lt b} means a is over when b starts (so a daily total ending at
 * midnight is before midnight), {@code a gt b} that a starts once b is over, {@code a eq b} that both
 * bounds are equal (docs/sensorthings-mapping.md). Slices {@code ge x and lt y} then take each
 * aligned interval exactly once.
 */
final class Comparisons {

    private static final Map<String, String> SQL = Map.of("eq", "=", "ne", "<>", "gt", ">", "ge", ">=", "lt", "<", "le", "<=");
    private static final Map<String, String> MIRROR = Map.of("eq", "eq", "ne", "ne", "gt", "lt", "ge", "le", "lt", "gt", "le", "ge");

    private Comparisons() {
    }

    static Typed apply(FilterTranslator translator, Expr.Binary binary, Typed left, Typed right) {
        String op = binary.operator();
        int position = binary.position();
        if (right.type() == SqlType.NULL || left.type() == SqlType.NULL) {
            return nullTest(translator, op, left.type() == SqlType.NULL ? right : left, position);
        }
        if (left.type() == SqlType.INTERVAL || right.type() == SqlType.INTERVAL) {
            return interval(translator, op, left, right, position);
        }
        if (left.type() == SqlType.RESULT || left.type() == SqlType.JSON) {
            left = towards(translator, left, right);
        }
        if (right.type() == SqlType.RESULT || right.type() == SqlType.JSON) {
            right = towards(translator, right, left);
        }
        if (left.type() != right.type() && !(left.type() == SqlType.JSON && right.type() == SqlType.JSON)) {
            throw translator.error(position, "cannot compare a " + name(left) + " with a " + name(right));
        }
        if (left.type() == SqlType.GEOMETRY) {
            throw translator.error(position, "geometries are compared with st_equals, not " + op);
        }
        if (left.type() == SqlType.BOOLEAN && !(op.equals("eq") || op.equals("ne"))) {
            throw translator.error(position, "booleans can only be compared with eq and ne");
        }
        return Typed.of(SqlType.BOOLEAN, Sql.concat("(", left.sql(), " " + SQL.get(op) + " ", right.sql(), ")"), position);
    }

    /** A result or JSON member takes the type of what it is compared with. */
    private static Typed towards(FilterTranslator translator, Typed flexible, Typed other) {
        return switch (other.type()) {
            case NUMBER -> Coercion.number(translator, flexible);
            case STRING -> Coercion.text(translator, flexible);
            case BOOLEAN -> flexible.type() == SqlType.JSON
                    ? Typed.of(SqlType.BOOLEAN, Sql.concat("(case jsonb_typeof(", flexible.sql(), ") when 'boolean' then (",
                            flexible.sql(), " #>> '{}')::boolean end)"), flexible.position())
                    : Typed.of(SqlType.BOOLEAN, Sql.concat("(case lower(", flexible.extra(),
                            ") when 'true' then true when 'false' then false end)"), flexible.position());
            case INSTANT -> Typed.of(SqlType.INSTANT, Sql.concat("sta_instant(", Coercion.text(translator, flexible).sql(), ")"),
                    flexible.position());
            case RESULT, JSON -> Coercion.text(translator, flexible);
            default -> flexible;
        };
    }

    private static Typed nullTest(FilterTranslator translator, String op, Typed value, int position) {
        String test = switch (op) {
            case "eq" -> " is null";
            case "ne" -> " is not null";
            default -> throw translator.error(position, "null can only be compared with eq and ne");
        };
        Sql sql = switch (value.type()) {
            case RESULT -> op.equals("eq")
                    ? Sql.concat("(", value.sql(), " is null and ", value.extra(), " is null)")
                    : Sql.concat("(", value.sql(), " is not null or ", value.extra(), " is not null)");
            case JSON -> op.equals("eq")
                    ? Sql.concat("(", value.sql(), " is null or ", value.sql(), " = 'null'::jsonb)")
                    : Sql.concat("(", value.sql(), " is not null and ", value.sql(), " <> 'null'::jsonb)");
            default -> Sql.concat("(", value.sql(), test, ")");
        };
        return Typed.of(SqlType.BOOLEAN, sql, position);
    }

    private static Typed interval(FilterTranslator translator, String op, Typed left, Typed right, int position) {
        if (left.type() != SqlType.INTERVAL) {
            return interval(translator, MIRROR.get(op), right, left, position);
        }
        if (right.type() != SqlType.INTERVAL && right.type() != SqlType.INSTANT) {
            throw translator.error(position, "cannot compare a time interval with a " + name(right));
        }
        Sql start = left.sql();
        Sql end = left.extra();
        Sql otherStart = right.sql();
        Sql otherEnd = right.type() == SqlType.INTERVAL ? right.extra() : right.sql();
        // start <= end always holds, so conditions on the end (the indexed time of a measurement) are
        // added where they are implied: they let range filters use the measurement index.
        Sql sql = switch (op) {
            case "eq" -> Sql.concat("(", start, " = ", otherStart, " and ", end, " = ", otherEnd, ")");
            case "ne" -> Sql.concat("(", start, " <> ", otherStart, " or ", end, " <> ", otherEnd, ")");
            // "start < otherStart" keeps instants strict (t lt u only when t < u)
            case "lt" -> Sql.concat("(", end, " <= ", otherStart, " and ", start, " < ", otherStart, ")");
            case "le" -> Sql.concat("(", end, " <= ", otherStart, ")");
            case "gt" -> Sql.concat("(", end, " > ", otherStart, " and ", start, " >= ", otherEnd, " and ", start, " > ",
                    otherStart, ")");
            case "ge" -> Sql.concat("(", end, " >= ", otherEnd, " and ", start, " >= ", otherEnd, ")");
            default -> throw new IllegalStateException(op);
        };
        return Typed.of(SqlType.BOOLEAN, sql, position);
    }

    private static String name(Typed value) {
        return value.type().name().toLowerCase();
    }
}
