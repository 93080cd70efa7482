package fr.ozcar.insitu.sensorthings.filter;

/** A translated expression: its SQL, its type, and a second SQL for two-part types (intervals, results). */
public record Typed(SqlType type, Sql sql, Sql extra, int position) {

    public static Typed of(SqlType type, Sql sql, int position) {
        return new Typed(type, sql, null, position);
    }
}
