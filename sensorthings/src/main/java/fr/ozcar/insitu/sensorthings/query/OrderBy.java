package fr.ozcar.insitu.sensorthings.query;

/** One key of $orderby. */
public record OrderBy(Expr expression, boolean descending) {
}
