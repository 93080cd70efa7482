package fr.ozcar.insitu.sensorthings.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a raw (percent-encoded) query string, and the {@code ;}-separated options nested in $expand.
 * Each option may appear once; unknown {@code $} options are errors, other parameters are ignored.
 */
public final class QueryOptionsParser {

    private QueryOptionsParser() {
    }

    /** The raw query string split on {@code &} into decoded name/value pairs, in order. */
    public static Map<String, String> decode(String rawQuery) {
        Map<String, String> options = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return options;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decodeComponent(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decodeComponent(pair.substring(equals + 1));
            if (options.put(name, value) != null && name.startsWith("$")) {
                throw new StaBadRequest("query option " + name + " is given more than once");
            }
        }
        return options;
    }

    private static String decodeComponent(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new StaBadRequest("malformed percent-encoding in the query string: '" + text + "'");
        }
    }

    /**
     * How many levels $expand may nest. Each level multiplies the rows read by up to a page, so an
     * unbounded nesting ({@code Datastreams($expand=Thing($expand=Datastreams(…)))}) would keep the
     * server busy for minutes; no client needs more than a few levels.
     */
    public static final int MAX_EXPAND_DEPTH = 5;

    /** Parses the top-level options of a request. */
    public static QueryOptions parse(Map<String, String> options) {
        QueryOptions parsed = parse(options, true);
        if (expandDepth(parsed) > MAX_EXPAND_DEPTH) {
            throw new StaBadRequest("$expand: nested more than " + MAX_EXPAND_DEPTH + " levels deep");
        }
        return parsed;
    }

    private static int expandDepth(QueryOptions options) {
        int deepest = 0;
        for (QueryOptions.ExpandItem item : options.expand()) {
            deepest = Math.max(deepest, 1 + expandDepth(item.options()));
        }
        return deepest;
    }

    private static QueryOptions parse(Map<String, String> options, boolean topLevel) {
        Expr filter = null;
        List<String> select = List.of();
        List<QueryOptions.ExpandItem> expand = List.of();
        List<OrderBy> orderBy = List.of();
        Integer top = null;
        int skip = 0;
        boolean count = false;
        String resultFormat = null;
        for (Map.Entry<String, String> option : options.entrySet()) {
            String name = option.getKey();
            String value = option.getValue();
            switch (name) {
                case "$filter" -> filter = ExpressionParser.parseFilter(name, value);
                case "$select" -> select = select(value);
                case "$expand" -> expand = expand(value);
                case "$orderby" -> orderBy = ExpressionParser.parseOrderBy(name, value);
                case "$top" -> top = nonNegative(name, value);
                case "$skip" -> skip = nonNegative(name, value);
                case "$count" -> count = bool(name, value);
                case "$skiptoken" -> {
                    // written by our own nextLinks (keyset pages); StaService checks and applies it
                    if (!topLevel) {
                        throw new StaBadRequest("$skiptoken is not allowed inside $expand");
                    }
                }
                case "$resultFormat" -> {
                    if (!topLevel) {
                        throw new StaBadRequest("$resultFormat is not allowed inside $expand");
                    }
                    resultFormat = value;
                }
                default -> {
                    if (name.startsWith("$")) {
                        throw new StaBadRequest("unknown query option " + name + (topLevel ? "" : " in $expand")
                                + " (known: $filter, $select, $expand, $orderby, $top, $skip, $count, $resultFormat, $skiptoken)");
                    }
                }
            }
        }
        return new QueryOptions(filter, select, expand, orderBy, top, skip, count, resultFormat, Map.copyOf(options));
    }

    private static List<String> select(String value) {
        List<String> names = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String name = part.trim();
            if (!name.matches("[A-Za-z@][A-Za-z0-9_.@]*")) {
                throw new StaBadRequest("$select: '" + part + "' is not a property name (in '" + value + "')");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static int nonNegative(String name, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (value.trim().matches("\\+?[0-9]+")) {
            throw new StaBadRequest(name + ": '" + value + "' is over the largest value accepted, " + Integer.MAX_VALUE);
        }
        throw new StaBadRequest(name + ": '" + value + "' is not a non-negative integer");
    }

    private static boolean bool(String name, String value) {
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new StaBadRequest(name + ": '" + value + "' is neither true nor false");
        };
    }

    /** {@code Nav1($select=..;$expand=Nav2(...)),Nav3/Nav4}: a path expands each step, the options apply to the last. */
    private static List<QueryOptions.ExpandItem> expand(String value) {
        List<QueryOptions.ExpandItem> items = new ArrayList<>();
        for (String item : splitTopLevel("$expand", value, ',')) {
            String trimmed = item.trim();
            int open = trimmed.indexOf('(');
            String path = open < 0 ? trimmed : trimmed.substring(0, open).trim();
            QueryOptions options = QueryOptions.NONE;
            if (open >= 0) {
                if (!trimmed.endsWith(")")) {
                    throw new StaBadRequest("$expand: missing ')' after the options of '" + path + "' in '" + value + "'");
                }
                options = parse(nested(trimmed.substring(open + 1, trimmed.length() - 1)), false);
            }
            String[] steps = path.split("/");
            for (String step : steps) {
                if (!step.matches("[A-Za-z][A-Za-z0-9_]*")) {
                    throw new StaBadRequest("$expand: '" + path + "' is not a navigation path (in '" + value + "')");
                }
            }
            QueryOptions.ExpandItem expanded = new QueryOptions.ExpandItem(steps[steps.length - 1], options);
            for (int i = steps.length - 2; i >= 0; i--) {
                QueryOptions wrapper = new QueryOptions(null, List.of(), List.of(expanded), List.of(), null, 0, false, null,
                        Map.of());
                expanded = new QueryOptions.ExpandItem(steps[i], wrapper);
            }
            merge(items, expanded);
        }
        return List.copyOf(items);
    }

    /** {@code Datastreams,Datastreams/Sensor} expands Datastreams once, with Sensor inside. */
    private static void merge(List<QueryOptions.ExpandItem> items, QueryOptions.ExpandItem item) {
        for (int i = 0; i < items.size(); i++) {
            QueryOptions.ExpandItem existing = items.get(i);
            if (existing.navigation().equals(item.navigation())) {
                QueryOptions a = existing.options();
                List<QueryOptions.ExpandItem> combined = new ArrayList<>(a.expand());
                for (QueryOptions.ExpandItem inner : item.options().expand()) {
                    merge(combined, inner);
                }
                QueryOptions b = item.options();
                // the texts go with the values: the first item's where it has one, else the second's
                Map<String, String> raw = new LinkedHashMap<>(b.raw());
                raw.putAll(a.raw());
                int skip = Math.max(a.skip(), b.skip());
                if (skip > 0) {
                    raw.put("$skip", String.valueOf(skip));
                }
                if (a.count() || b.count()) {
                    raw.put("$count", "true");
                }
                items.set(i, new QueryOptions.ExpandItem(existing.navigation(), new QueryOptions(
                        a.filter() != null ? a.filter() : b.filter(),
                        a.select().isEmpty() ? b.select() : a.select(),
                        List.copyOf(combined),
                        a.orderBy().isEmpty() ? b.orderBy() : a.orderBy(),
                        a.top() != null ? a.top() : b.top(),
                        skip, a.count() || b.count(), null, Map.copyOf(raw))));
                return;
            }
        }
        items.add(item);
    }

    private static Map<String, String> nested(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String part : splitTopLevel("$expand", text, ';')) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals < 0) {
                throw new StaBadRequest("$expand: '" + part + "' is not an option=value pair");
            }
            String name = part.substring(0, equals).trim();
            if (options.put(name, part.substring(equals + 1)) != null) {
                throw new StaBadRequest("$expand: option " + name + " is given more than once in '" + text + "'");
            }
        }
        return options;
    }

    /** Splits on a separator outside parentheses and quoted strings. */
    private static List<String> splitTopLevel(String option, String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                if (--depth < 0) {
                    throw StaBadRequest.at(option, text, i, "unbalanced ')'");
                }
            } else if (!quoted && depth == 0 && c == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0 || quoted) {
            throw StaBadRequest.at(option, text, text.length(), quoted ? "unterminated string" : "missing ')'");
        }
        parts.add(text.substring(start));
        return parts;
    }
}
