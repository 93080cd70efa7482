package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.query.Expr;

/** add sub mul div mod on numbers; division by zero gives null (no match), never an error. */
final class Arithmetic {

    private Arithmetic() {
    }

    static Typed apply(FilterTranslator translator, Expr.Binary binary, Typed left, Typed right) {
        Sql a = Coercion.number(translator, left).sql();
        Sql b = Coercion.number(translator, right).sql();
        Sql sql = switch (binary.operator()) {
            case "add" -> Sql.concat("(", a, " + ", b, ")");
            case "sub" -> Sql.concat("(", a, " - ", b, ")");
            case "mul" -> Sql.concat("(", a, "::double precision * ", b, ")");
            case "div" -> Sql.concat("(", a, "::double precision / nullif(", b, ", 0))");
            case "mod" -> Sql.concat("mod((", a, ")::numeric, nullif(", b, ", 0)::numeric)");
            default -> throw new IllegalStateException(binary.operator());
        };
        return Typed.of(SqlType.NUMBER, sql, binary.position());
    }
}
