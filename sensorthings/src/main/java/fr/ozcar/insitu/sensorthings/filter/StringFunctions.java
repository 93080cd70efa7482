package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.query.Expr;
import java.util.List;
import java.util.Set;

/** substringof endswith startswith length indexof substring tolower toupper trim concat (0-based like OData). */
final class StringFunctions implements FunctionFamily {

    @Override
    public Set<String> names() {
        return Set.of("substringof", "endswith", "startswith", "length", "indexof", "substring",
                "tolower", "toupper", "trim", "concat");
    }

    @Override
    public Typed apply(Expr.Call call, List<Typed> args, FilterTranslator translator) {
        int position = call.position();
        String name = call.function();
        Arity.check(translator, call, name.equals("substring") ? 2 : arity(name), name.equals("substring") ? 3 : arity(name));
        Sql a = Coercion.text(translator, args.get(0)).sql();
        return switch (name) {
            case "substringof" -> bool(Sql.concat("(strpos(", Coercion.text(translator, args.get(1)).sql(), ", ", a, ") > 0)"), position);
            case "endswith" -> bool(Sql.concat("(right(", a, ", length(", text(translator, args, 1), ")) = ",
                    text(translator, args, 1), ")"), position);
            case "startswith" -> bool(Sql.concat("starts_with(", a, ", ", text(translator, args, 1), ")"), position);
            case "length" -> number(Sql.concat("length(", a, ")"), position);
            case "indexof" -> number(Sql.concat("(strpos(", a, ", ", text(translator, args, 1), ") - 1)"), position);
            case "substring" -> {
                Sql start = Sql.concat("least(greatest(", Coercion.number(translator, args.get(1)).sql(), ", 0), 2147483646)::integer + 1");
                yield args.size() == 2
                        ? string(Sql.concat("substr(", a, ", ", start, ")"), position)
                        : string(Sql.concat("substr(", a, ", ", start, ", least(greatest(",
                                Coercion.number(translator, args.get(2)).sql(), ", 0), 2147483646)::integer)"), position);
            }
            case "tolower" -> string(Sql.concat("lower(", a, ")"), position);
            case "toupper" -> string(Sql.concat("upper(", a, ")"), position);
            case "trim" -> string(Sql.concat("btrim(", a, ")"), position);
            case "concat" -> string(Sql.concat("(", a, " || ", text(translator, args, 1), ")"), position);
            default -> throw new IllegalStateException(name);
        };
    }

    private static int arity(String name) {
        return switch (name) {
            case "length", "tolower", "toupper", "trim" -> 1;
            default -> 2;
        };
    }

    private static Sql text(FilterTranslator translator, List<Typed> args, int index) {
        return Coercion.text(translator, args.get(index)).sql();
    }

    private static Typed bool(Sql sql, int position) {
        return Typed.of(SqlType.BOOLEAN, sql, position);
    }

    private static Typed number(Sql sql, int position) {
        return Typed.of(SqlType.NUMBER, sql, position);
    }

    private static Typed string(Sql sql, int position) {
        return Typed.of(SqlType.STRING, sql, position);
    }
}
