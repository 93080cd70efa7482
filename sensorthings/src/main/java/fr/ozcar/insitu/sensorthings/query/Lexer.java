package fr.ozcar.insitu.sensorthings.query;

import fr.ozcar.insitu.sensorthings.query.Expr.LiteralType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a $filter / $orderby text into tokens (OData 4.0 URL conventions, as OGC 18-088 uses them). */
final class Lexer {

    /*
     * The "+" of an offset sent unencoded arrives as a space (the query is form-decoded, since Python
     * clients send spaces as "+"); right after a time, " hh:mm" can only be that offset.
     */
    private static final String DATETIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+ -]\\d{2}:\\d{2})";
    private static final Pattern INTERVAL = Pattern.compile("(" + DATETIME + ")/(" + DATETIME + ")");
    private static final Pattern DATE_TIME = Pattern.compile(DATETIME);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$@][A-Za-z0-9_$@.]*(?:/[A-Za-z_$@][A-Za-z0-9_$@.]*|/\\d+)*");
    private static final Pattern GEOMETRY = Pattern.compile("(?i)(geography|geometry)'");

    private final String option;
    private final String text;

    Lexer(String option, String text) {
        this.option = option;
        this.text = text;
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Token.Kind.OPEN, "(", null, i++));
            } else if (c == ')') {
                tokens.add(new Token(Token.Kind.CLOSE, ")", null, i++));
            } else if (c == ',') {
                tokens.add(new Token(Token.Kind.COMMA, ",", null, i++));
            } else if (c == '-') {
                tokens.add(new Token(Token.Kind.MINUS, "-", null, i++));
            } else if (c == '\'') {
                i = string(tokens, i);
            } else if (Character.isDigit(c)) {
                i = numeric(tokens, i);
            } else {
                Matcher geometry = GEOMETRY.matcher(text).region(i, text.length());
                if (geometry.lookingAt()) {
                    i = geometry(tokens, i, geometry.end());
                    continue;
                }
                Matcher name = NAME.matcher(text).region(i, text.length());
                if (!name.lookingAt()) {
                    throw error(i, "unexpected character '" + c + "'");
                }
                tokens.add(new Token(Token.Kind.NAME, name.group(), null, i));
                i = name.end();
            }
        }
        tokens.add(new Token(Token.Kind.END, "", null, text.length()));
        return tokens;
    }

    private int string(List<Token> tokens, int start) {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= text.length()) {
                throw error(start, "unterminated string literal");
            }
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                tokens.add(literal(LiteralType.STRING, value.toString(), start));
                return i + 1;
            }
            value.append(c);
            i++;
        }
    }

    private int geometry(List<Token> tokens, int start, int quote) {
        int end = text.indexOf('\'', quote);
        if (end < 0) {
            throw error(start, "unterminated geometry literal");
        }
        tokens.add(literal(LiteralType.GEOMETRY, new Expr.Geometry(text.substring(quote, end)), start));
        return end + 1;
    }

    private static OffsetDateTime dateTime(String text) {
        return OffsetDateTime.parse(text.replace(' ', '+'));
    }

    private int numeric(List<Token> tokens, int start) {
        try {
            Matcher m = INTERVAL.matcher(text).region(start, text.length());
            if (m.lookingAt()) {
                tokens.add(literal(LiteralType.INTERVAL,
                        new Expr.Interval(dateTime(m.group(1)), dateTime(m.group(2))), start));
                return m.end();
            }
            m = DATE_TIME.matcher(text).region(start, text.length());
            if (m.lookingAt()) {
                tokens.add(literal(LiteralType.DATETIME, dateTime(m.group()), start));
                return m.end();
            }
            m = DATE.matcher(text).region(start, text.length());
            if (m.lookingAt()) {
                tokens.add(literal(LiteralType.DATE, LocalDate.parse(m.group()), start));
                return m.end();
            }
            m = TIME.matcher(text).region(start, text.length());
            if (m.lookingAt()) {
                tokens.add(literal(LiteralType.TIME, LocalTime.parse(m.group()), start));
                return m.end();
            }
        } catch (DateTimeParseException e) {
            throw error(start, "invalid date or time literal");
        }
        Matcher m = NUMBER.matcher(text).region(start, text.length());
        m.lookingAt();
        String number = m.group();
        try {
            if (m.group(1) == null && m.group(2) == null) {
                tokens.add(literal(LiteralType.LONG, Long.parseLong(number), start));
            } else {
                double value = Double.parseDouble(number);
                if (Double.isInfinite(value)) {
                    throw error(start, "number out of range");
                }
                tokens.add(literal(LiteralType.DOUBLE, value, start));
            }
        } catch (NumberFormatException e) {
            throw error(start, "number out of range");
        }
        return m.end();
    }

    private static Token literal(LiteralType type, Object value, int position) {
        return new Token(Token.Kind.LITERAL, type.name(), new Expr.Literal(type, value, position), position);
    }

    private StaBadRequest error(int position, String message) {
        return StaBadRequest.at(option, text, position, message);
    }
}
