package fr.ozcar.insitu.sensorthings.filter;

/** The type of a translated expression, which decides how operators and functions apply to it. */
public enum SqlType {
    STRING, NUMBER, BOOLEAN, INSTANT, DATE, TIME,
    /** a time interval: {@link Typed#sql()} is its start, {@link Typed#extra()} its end */
    INTERVAL,
    /** a GeoJSON geometry (jsonb), or a PostGIS geometry when {@link Typed#extra()} says so */
    GEOMETRY,
    /** a jsonb value of unknown type (a member of properties/parameters) */
    JSON,
    /** an observation result: {@link Typed#sql()} is its number, {@link Typed#extra()} its text */
    RESULT,
    NULL
}
