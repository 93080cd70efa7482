package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.query.Expr;
import java.util.List;
import java.util.Set;

/** A family of $filter functions (string, date, math, spatial) and their SQL. */
interface FunctionFamily {

    Set<String> names();

    Typed apply(Expr.Call call, List<Typed> arguments, FilterTranslator translator);
}
