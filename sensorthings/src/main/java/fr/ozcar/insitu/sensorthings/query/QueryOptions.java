package fr.ozcar.insitu.sensorthings.query;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The query options of a request, or of one $expand item. {@code top} is null when the client gave
 * none;
 * {@code raw} keeps the decoded option texts (for error positions and next links); {@code select} is empty for "everything"; {@code resultFormat} only exists at the top level.
 */
public record QueryOptions(Expr filter, List<String> select, List<ExpandItem> expand, List<OrderBy> orderBy,
                           Integer top, int skip, boolean count, String resultFormat,
                           Map<String, String> raw) {

    public static final QueryOptions NONE = new QueryOptions(null, List.of(), List.of(), List.of(), null, 0, false, null, Map.of());

    /**
     * The $expand option as text, rebuilt from the parsed items: expand paths
     * ({@code Datastreams/Observations($top=1)}) and merged items have no single original text, and
     * the next links of expanded collections must carry their nested expansions.
     */
    public String expandText() {
        StringJoiner items = new StringJoiner(",");
        for (ExpandItem item : expand) {
            String nested = item.options().nestedText();
            items.add(nested.isEmpty() ? item.navigation() : item.navigation() + "(" + nested + ")");
        }
        return items.toString();
    }

    /** These options as written inside {@code $expand=Navigation(...)}. */
    private String nestedText() {
        StringJoiner options = new StringJoiner(";");
        for (String name : List.of("$filter", "$select", "$orderby", "$top", "$skip", "$count")) {
            if (raw.containsKey(name)) {
                options.add(name + "=" + raw.get(name));
            }
        }
        if (!expand.isEmpty()) {
            options.add("$expand=" + expandText());
        }
        return options.toString();
    }

    /** One navigation to expand, with its own options. */
    public record ExpandItem(String navigation, QueryOptions options) {
    }
}
