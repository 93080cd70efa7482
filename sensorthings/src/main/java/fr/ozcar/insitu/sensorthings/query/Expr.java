package fr.ozcar.insitu.sensorthings.query;

import java.util.List;

/** The abstract syntax of a $filter or $orderby expression; {@code position} is 0-based in its text. */
public sealed interface Expr {

    int position();

    /** A literal; {@code value} is a String, Long, Double, Boolean, OffsetDateTime, LocalDate, LocalTime, Interval, Geometry or null. */
    record Literal(LiteralType type, Object value, int position) implements Expr {
    }

    /** A property path such as {@code name}, {@code properties/depth} or {@code Datastream/Thing/name}. */
    record Path(List<String> segments, int position) implements Expr {
        public String text() {
            return String.join("/", segments);
        }
    }

    record Call(String function, List<Expr> arguments, int position) implements Expr {
    }

    record Binary(String operator, Expr left, Expr right, int position) implements Expr {
    }

    /** {@code not} or arithmetic negation {@code -}. */
    record Unary(String operator, Expr operand, int position) implements Expr {
    }

    enum LiteralType { STRING, LONG, DOUBLE, BOOLEAN, NULL, DATETIME, DATE, TIME, INTERVAL, GEOMETRY }

    /** A time interval literal {@code start/end}. */
    record Interval(java.time.OffsetDateTime start, java.time.OffsetDateTime end) {
    }

    /** A geometry literal ({@code geography'POINT(1 2)'}) as its WKT text. */
    record Geometry(String wkt) {
    }
}
