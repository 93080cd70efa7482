package fr.ozcar.insitu.sensorthings.query;

import fr.ozcar.insitu.sensorthings.query.Expr.LiteralType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser of the OData expression grammar used by $filter and $orderby. Precedence,
 * lowest first: or, and, not, comparison, additive, multiplicative, unary minus.
 */
public final class ExpressionParser {

    private static final Set<String> COMPARISONS = Set.of("eq", "ne", "gt", "ge", "lt", "le");
    private static final Set<String> ADDITIVE = Set.of("add", "sub");
    private static final Set<String> MULTIPLICATIVE = Set.of("mul", "div", "mod");
    private static final int MAX_DEPTH = 100;
    /**
     * Arithmetic operators per expression: a chain such as {@code a add b add c …} is as deep in SQL as
     * it is long, and PostgreSQL fails with "stack depth limit exceeded" somewhere past a few thousand;
     * refusing here answers 400 before any SQL is built.
     */
    public static final int MAX_ARITHMETIC_OPERATORS = 500;
    /**
     * All binary operators per expression. PostgreSQL flattens {@code or}/{@code and} chains, so a
     * harvester's long list of {@code name eq '…' or …} stays cheap and is allowed much further.
     */
    public static final int MAX_OPERATORS = 4000;

    private final String option;
    private final String text;
    private final List<Token> tokens;
    private int next;
    private int depth;
    private int operators;
    private int arithmeticOperators;

    private ExpressionParser(String option, String text) {
        this.option = option;
        this.text = text;
        this.tokens = new Lexer(option, text).tokens();
    }

    public static Expr parseFilter(String option, String text) {
        ExpressionParser parser = new ExpressionParser(option, text);
        Expr expr = parser.or();
        parser.expectEnd();
        return expr;
    }

    /** Parses {@code expr [asc|desc], ...}. */
    public static List<OrderBy> parseOrderBy(String option, String text) {
        ExpressionParser parser = new ExpressionParser(option, text);
        List<OrderBy> keys = new ArrayList<>();
        do {
            Expr expr = parser.additive();
            boolean descending = false;
            if (parser.peek().isName("desc")) {
                descending = true;
                parser.next++;
            } else if (parser.peek().isName("asc")) {
                parser.next++;
            }
            keys.add(new OrderBy(expr, descending));
        } while (parser.accept(Token.Kind.COMMA));
        parser.expectEnd();
        return keys;
    }

    private Expr or() {
        Expr left = and();
        while (peek().isName("or")) {
            Token op = operator();
            left = new Expr.Binary("or", left, and(), op.position());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peek().isName("and")) {
            Token op = operator();
            left = new Expr.Binary("and", left, not(), op.position());
        }
        return left;
    }

    private Expr not() {
        if (peek().isName("not")) {
            Token op = tokens.get(next++);
            enter(op);
            Expr operand = not();
            depth--;
            return new Expr.Unary("not", operand, op.position());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        Token op = peek();
        if (op.kind() == Token.Kind.NAME && COMPARISONS.contains(op.text())) {
            operator();
            return new Expr.Binary(op.text(), left, additive(), op.position());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().kind() == Token.Kind.NAME && ADDITIVE.contains(peek().text())) {
            Token op = operator();
            left = new Expr.Binary(op.text(), left, multiplicative(), op.position());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().kind() == Token.Kind.NAME && MULTIPLICATIVE.contains(peek().text())) {
            Token op = operator();
            left = new Expr.Binary(op.text(), left, unary(), op.position());
        }
        return left;
    }

    private Expr unary() {
        Token token = peek();
        if (token.kind() == Token.Kind.MINUS) {
            next++;
            enter(token);
            Expr operand = unary();
            depth--;
            if (operand instanceof Expr.Literal literal && literal.type() == LiteralType.LONG) {
                return new Expr.Literal(LiteralType.LONG, -(Long) literal.value(), token.position());
            }
            if (operand instanceof Expr.Literal literal && literal.type() == LiteralType.DOUBLE) {
                return new Expr.Literal(LiteralType.DOUBLE, -(Double) literal.value(), token.position());
            }
            return new Expr.Unary("-", operand, token.position());
        }
        return primary();
    }

    private Expr primary() {
        Token token = tokens.get(next);
        switch (token.kind()) {
            case LITERAL -> {
                next++;
                return (Expr) token.value();
            }
            case OPEN -> {
                next++;
                enter(token);
                Expr inner = or();
                depth--;
                expect(Token.Kind.CLOSE, "')'");
                return inner;
            }
            case NAME -> {
                next++;
                return name(token);
            }
            default -> throw error(token, token.kind() == Token.Kind.END
                    ? "unexpected end of expression" : "unexpected '" + token.text() + "'");
        }
    }

    private Expr name(Token token) {
        String name = token.text();
        switch (name) {
            case "true", "false" -> {
                return new Expr.Literal(LiteralType.BOOLEAN, Boolean.parseBoolean(name), token.position());
            }
            case "null" -> {
                return new Expr.Literal(LiteralType.NULL, null, token.position());
            }
            default -> {
                // fall through to function calls and paths
            }
        }
        if (peek().kind() == Token.Kind.OPEN) {
            Token open = tokens.get(next++);
            enter(open);
            List<Expr> arguments = new ArrayList<>();
            if (!accept(Token.Kind.CLOSE)) {
                do {
                    arguments.add(or());
                } while (accept(Token.Kind.COMMA));
                expect(Token.Kind.CLOSE, "')' or ','");
            }
            depth--;
            return new Expr.Call(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(arguments), token.position());
        }
        if (Set.of("eq", "ne", "gt", "ge", "lt", "le", "and", "or", "add", "sub", "mul", "div", "mod").contains(name)) {
            throw error(token, "operator '" + name + "' needs an operand before it");
        }
        return new Expr.Path(List.of(name.split("/")), token.position());
    }

    /** Consumes a binary operator, counting it against {@link #MAX_OPERATORS} and {@link #MAX_ARITHMETIC_OPERATORS}. */
    private Token operator() {
        Token op = tokens.get(next++);
        if (++operators > MAX_OPERATORS) {
            throw error(op, "expression too large: at most " + MAX_OPERATORS + " operators");
        }
        boolean arithmetic = ADDITIVE.contains(op.text()) || MULTIPLICATIVE.contains(op.text());
        if (arithmetic && ++arithmeticOperators > MAX_ARITHMETIC_OPERATORS) {
            throw error(op, "expression too large: at most " + MAX_ARITHMETIC_OPERATORS + " arithmetic operators");
        }
        return op;
    }

    private void enter(Token token) {
        if (++depth > MAX_DEPTH) {
            throw error(token, "expression nested too deeply");
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private boolean accept(Token.Kind kind) {
        if (peek().kind() == kind) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(Token.Kind kind, String what) {
        if (!accept(kind)) {
            throw error(peek(), "expected " + what);
        }
    }

    private void expectEnd() {
        if (peek().kind() != Token.Kind.END) {
            throw error(peek(), "unexpected '" + peek().text() + "' (an operator or the end was expected)");
        }
    }

    private StaBadRequest error(Token token, String message) {
        return StaBadRequest.at(option, text, token.position(), message);
    }
}
