package fr.ozcar.insitu.core.text;

/**
 * A number with its noun in agreement ("1 row", "2 rows", "0 rows"), for every message a person reads:
 * "1 rows are outside…" reads as a bug and makes a data manager doubt the rest of the report.
 */
public final class Count {

    private Count() {
    }

    /** {@code n} and {@code singular}, with an "s" unless {@code n} is 1. */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /** For nouns whose plural is not singular + "s" ("series", "entries"). */
    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** The verb agreeing with {@code n}: "is" / "are", "has" / "have". */
    public static String verb(long n, String singular, String plural) {
        return n == 1 ? singular : plural;
    }
}
