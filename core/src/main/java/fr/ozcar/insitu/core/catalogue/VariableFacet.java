package fr.ozcar.insitu.core.catalogue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The portal's variable facet: the thesaurus category path of every published series' variable
 * ("Atmosphere variable &gt; Atmospheric temperature &gt; Air temperature"), with series counts. It
 * follows the vocabulary as published in {@code variable}, so relabelling or moving a category in the
 * thesaurus changes the facet without re-importing data. Series whose variable is unresolved are
 * counted in a bucket of their own rather than hidden.
 */
public final class VariableFacet {

    private static final String UNRESOLVED = "Unresolved variables";

    private final DataSource dataSource;

    public VariableFacet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The top categories, each with its sub-categories and, at the leaves, its variables. */
    public List<FacetNode> tree() throws SQLException {
        Builder root = new Builder(null, null, "category");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select v.iri, v.label, v.category_path, v.category_labels, count(*)"
                             + " from series s left join variable v on v.iri = s.variable_iri"
                             + " group by v.iri, v.label, v.category_path, v.category_labels"
                             + " order by v.category_labels, v.label");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long series = rows.getLong(5);
                if (rows.getString(1) == null) {
                    root.child(null, UNRESOLVED, "category").series += series;
                    continue;
                }
                Builder node = root;
                String[] path = strings(rows.getArray(3));
                String[] labels = strings(rows.getArray(4));
                for (int level = 0; level < path.length; level++) {
                    node = node.child(path[level], level < labels.length ? labels[level] : path[level], "category");
                    node.series += series;
                }
                node.child(rows.getString(1), rows.getString(2), "variable").series += series;
            }
        }
        return root.build().children();
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    /** A node under construction: children are keyed by IRI so that paths sharing a prefix merge. */
    private static final class Builder {
        private final String iri;
        private final String label;
        private final String kind;
        private final Map<String, Builder> children = new LinkedHashMap<>();
        private long series;

        Builder(String iri, String label, String kind) {
            this.iri = iri;
            this.label = label;
            this.kind = kind;
        }

        Builder child(String childIri, String childLabel, String childKind) {
            return children.computeIfAbsent(childKind + " " + childIri, key -> new Builder(childIri, childLabel, childKind));
        }

        FacetNode build() {
            List<FacetNode> built = new ArrayList<>();
            children.values().forEach(child -> built.add(child.build()));
            return new FacetNode(iri, label, kind, series, built);
        }
    }
}
