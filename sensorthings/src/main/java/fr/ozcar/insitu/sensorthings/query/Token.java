package fr.ozcar.insitu.sensorthings.query;

/** A lexical token of the $filter grammar. */
record Token(Kind kind, String text, Object value, int position) {

    enum Kind { NAME, LITERAL, OPEN, CLOSE, COMMA, MINUS, END }

    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }
}
