package fr.ozcar.insitu.sensorthings.query;

import java.util.List;
import java.util.Map;

/**
 * The query options of a request, or of one $expand item. {@code top} is null when the client gave
 * none;
 * {@code raw} keeps the decoded option texts (for error positions and next links); {@code select} is empty for "everything"; {@code resultFormat} only exists at the top level.
 */
public record QueryOptions(Expr filter, List<String> select, List<ExpandItem> expand, List<OrderBy> orderBy,
                           Integer top, int skip, boolean count, String resultFormat,
                           Map<String, String> raw) {

    public static final QueryOptions NONE = new QueryOptions(null, List.of(), List.of(), List.of(), null, 0, false, null, Map.of());

    /** One navigation to expand, with its own options. */
    public record ExpandItem(String navigation, QueryOptions options) {
    }
}
