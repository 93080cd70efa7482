package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.query.Expr;
import java.util.List;
import java.util.Set;

/**
 * overlaps(a, b): not in OGC 18-088 or OData, but FROST-Server offers it and harvesters slice
 * series with it ({@code overlaps(phenomenonTime, 2020-01-01T00:00:00Z/2020-02-01T00:00:00Z)}).
 * Same meaning as FROST-Server's: the half-open intervals [start, end) share a moment, or start
 * together; so an instant t overlaps [s, e) when s <= t < e.
 */
final class TemporalFunctions implements FunctionFamily {

    @Override
    public Set<String> names() {
        return Set.of("overlaps");
    }

    @Override
    public Typed apply(Expr.Call call, List<Typed> args, FilterTranslator translator) {
        Arity.check(translator, call, 2, 2);
        Typed a = time(translator, args.get(0));
        Typed b = time(translator, args.get(1));
        Sql aStart = a.sql();
        Sql aEnd = a.type() == SqlType.INTERVAL ? a.extra() : a.sql();
        Sql bStart = b.sql();
        Sql bEnd = b.type() == SqlType.INTERVAL ? b.extra() : b.sql();
        // "aEnd >= bStart" is implied by either branch; on an observation the end is the indexed row time
        return Typed.of(SqlType.BOOLEAN, Sql.concat("(", aEnd, " >= ", bStart, " and ((", aStart, " < ", bEnd,
                " and ", bStart, " < ", aEnd, ") or ", aStart, " = ", bStart, "))"), call.position());
    }

    private static Typed time(FilterTranslator translator, Typed value) {
        if (value.type() != SqlType.INTERVAL && value.type() != SqlType.INSTANT) {
            throw translator.error(value.position(), "overlaps compares times or time intervals, not a "
                    + value.type().name().toLowerCase());
        }
        return value;
    }
}
