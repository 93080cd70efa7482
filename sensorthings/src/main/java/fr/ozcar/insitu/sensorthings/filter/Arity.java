package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.query.Expr;

/** Checks the number of arguments of a function call. */
final class Arity {

    private Arity() {
    }

    static void check(FilterTranslator translator, Expr.Call call, int min, int max) {
        int count = call.arguments().size();
        if (count < min || count > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw translator.error(call.position(), call.function() + " takes " + expected
                    + " argument" + (max == 1 ? "" : "s") + ", not " + count);
        }
    }
}
