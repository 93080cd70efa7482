package fr.ozcar.insitu.sensorthings.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL and the values of its {@code ?} placeholders, in order. Text comes only from our
 * own code; everything the client sent travels as a parameter.
 */
public record Sql(String text, List<Object> params) {

    public static Sql of(String text) {
        return new Sql(text, List.of());
    }

    /** A placeholder with a cast, e.g. {@code param(42L, "bigint")} → {@code ?::bigint}. */
    public static Sql param(Object value, String cast) {
        List<Object> params = new ArrayList<>(1);
        params.add(value);
        return new Sql("?::" + cast, params);
    }

    /** Concatenates pieces, which are either Sql or our own SQL text. */
    public static Sql concat(Object... pieces) {
        StringBuilder text = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Object piece : pieces) {
            if (piece instanceof Sql sql) {
                text.append(sql.text);
                params.addAll(sql.params);
            } else {
                text.append((String) piece);
            }
        }
        return new Sql(text.toString(), params);
    }

    public static Sql join(String separator, List<Sql> parts) {
        List<Object> pieces = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                pieces.add(separator);
            }
            pieces.add(parts.get(i));
        }
        return concat(pieces.toArray());
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
