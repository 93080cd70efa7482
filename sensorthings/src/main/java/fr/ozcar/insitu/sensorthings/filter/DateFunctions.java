package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.query.Expr;
import java.util.List;
import java.util.Set;

/**
 * year month day hour minute second fractionalseconds date time totaloffsetminutes now mindatetime
 * maxdatetime. Times are stored in UTC, so the offset is always 0 and fields are UTC fields; on an
 * interval they apply to its start.
 */
final class DateFunctions implements FunctionFamily {

    @Override
    public Set<String> names() {
        return Set.of("year", "month", "day", "hour", "minute", "second", "fractionalseconds", "date", "time",
                "totaloffsetminutes", "now", "mindatetime", "maxdatetime");
    }

    @Override
    public Typed apply(Expr.Call call, List<Typed> args, FilterTranslator translator) {
        int position = call.position();
        String name = call.function();
        switch (name) {
            case "now" -> {
                Arity.check(translator, call, 0, 0);
                return Typed.of(SqlType.INSTANT, Sql.of("now()"), position);
            }
            case "mindatetime" -> {
                Arity.check(translator, call, 0, 0);
                return Typed.of(SqlType.INSTANT, Sql.of("'0001-01-01T00:00:00Z'::timestamptz"), position);
            }
            case "maxdatetime" -> {
                Arity.check(translator, call, 0, 0);
                return Typed.of(SqlType.INSTANT, Sql.of("'9999-12-31T23:59:59.999Z'::timestamptz"), position);
            }
            default -> Arity.check(translator, call, 1, 1);
        }
        Sql utc = Sql.concat("(", Coercion.instant(translator, args.get(0)).sql(), " at time zone 'UTC')");
        return switch (name) {
            case "year", "month", "day", "hour", "minute" ->
                    number(Sql.concat("extract(" + name + " from ", utc, ")::integer"), position);
            case "second" -> number(Sql.concat("floor(extract(second from ", utc, "))::integer"), position);
            case "fractionalseconds" -> number(Sql.concat("(extract(second from ", utc, ") - floor(extract(second from ",
                    utc, ")))::double precision"), position);
            case "date" -> Typed.of(SqlType.DATE, Sql.concat(utc, "::date"), position);
            case "time" -> Typed.of(SqlType.TIME, Sql.concat(utc, "::time"), position);
            case "totaloffsetminutes" -> number(Sql.concat("(case when ", utc, " is null then null else 0 end)"), position);
            default -> throw new IllegalStateException(name);
        };
    }

    private static Typed number(Sql sql, int position) {
        return Typed.of(SqlType.NUMBER, sql, position);
    }
}
