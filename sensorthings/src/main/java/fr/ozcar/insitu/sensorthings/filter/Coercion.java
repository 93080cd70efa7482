package fr.ozcar.insitu.sensorthings.filter;

/** Brings operands to the type an operator or function needs, or reports why it cannot. */
final class Coercion {

    private Coercion() {
    }

    static Typed number(FilterTranslator translator, Typed value) {
        return switch (value.type()) {
            case NUMBER, NULL -> value;
            case RESULT -> Typed.of(SqlType.NUMBER, value.sql(), value.position());
            case JSON -> Typed.of(SqlType.NUMBER, Sql.concat("sta_number(", value.sql(), ")"), value.position());
            default -> throw translator.error(value.position(), "a number is expected here, not a "
                    + value.type().name().toLowerCase());
        };
    }

    static Typed text(FilterTranslator translator, Typed value) {
        return switch (value.type()) {
            case STRING, NULL -> value;
            case RESULT -> Typed.of(SqlType.STRING,
                    Sql.concat("coalesce(", value.extra(), ", ", value.sql(), "::text)"), value.position());
            case JSON -> Typed.of(SqlType.STRING, Sql.concat("(", value.sql(), " #>> '{}')"), value.position());
            default -> throw translator.error(value.position(), "a string is expected here, not a "
                    + value.type().name().toLowerCase());
        };
    }

    /** An instant, or the start of an interval (date functions apply to the start). */
    static Typed instant(FilterTranslator translator, Typed value) {
        return switch (value.type()) {
            case INSTANT, NULL -> value;
            case INTERVAL -> Typed.of(SqlType.INSTANT, value.sql(), value.position());
            default -> throw translator.error(value.position(), "a date-time is expected here, not a "
                    + value.type().name().toLowerCase());
        };
    }
}
