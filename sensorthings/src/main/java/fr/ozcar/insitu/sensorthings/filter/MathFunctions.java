package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.query.Expr;
import java.util.List;
import java.util.Set;

/** round floor ceiling. */
final class MathFunctions implements FunctionFamily {

    @Override
    public Set<String> names() {
        return Set.of("round", "floor", "ceiling");
    }

    @Override
    public Typed apply(Expr.Call call, List<Typed> args, FilterTranslator translator) {
        Arity.check(translator, call, 1, 1);
        Sql a = Coercion.number(translator, args.get(0)).sql();
        String function = switch (call.function()) {
            case "round" -> "round";
            case "floor" -> "floor";
            default -> "ceil";
        };
        return Typed.of(SqlType.NUMBER, Sql.concat(function + "((", a, ")::double precision)"), call.position());
    }
}
