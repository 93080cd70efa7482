package fr.ozcar.insitu.sensorthings.filter;

/** Hands out table aliases unique within one statement. */
public final class AliasCounter {

    private int next;

    public String next() {
        return "j" + (++next);
    }
}
