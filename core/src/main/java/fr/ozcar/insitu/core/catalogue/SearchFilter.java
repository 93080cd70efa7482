package fr.ozcar.insitu.core.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WHERE clause of a {@link SearchQuery} over the {@code catalogue_observation} rows {@code o}: fixed SQL
 * fragments with {@code ?} placeholders, and the values to bind in order.
 */
final class SearchFilter {

    /** A piece of SQL and its parameters. */
    record Clause(String sql, List<Object> parameters) {

        int bind(PreparedStatement statement, Connection connection, int first) throws SQLException {
            int index = first;
            for (Object parameter : parameters) {
                if (parameter instanceof List<?> values) {
                    statement.setArray(index++, connection.createArrayOf("text", values.toArray()));
                } else {
                    statement.setObject(index++, parameter);
                }
            }
            return index;
        }
    }

    private final SearchQuery query;

    SearchFilter(SearchQuery query) {
        this.query = query;
    }

    /** Every condition of the query. */
    Clause all() {
        return except(null);
    }

    /** Every condition but {@code facet}'s own, for its counts (OR within a facet). */
    Clause except(SearchFacet facet) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (String word : query.text().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                conditions.add("o.search_text like ?");
                parameters.add("%" + escapeLike(word) + "%");
            }
        }
        for (Map.Entry<SearchFacet, List<String>> selected : query.selected().entrySet()) {
            if (selected.getKey() != facet) {
                conditions.add(selected.getKey().column() + " && ?::text[]");
                parameters.add(selected.getValue());
            }
        }
        if (query.fromYear() != null) {
            conditions.add("o.last_time >= ?");
            parameters.add(startOfYear(query.fromYear()));
        }
        if (query.toYear() != null) {
            conditions.add("o.first_time < ?");
            parameters.add(startOfYear(query.toYear() + 1));
        }
        BoundingBox area = query.area();
        if (area != null) {
            conditions.add("o.longitude between ? and ? and o.latitude between ? and ?");
            parameters.addAll(List.of(area.west(), area.east(), area.south(), area.north()));
        }
        String sql = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        return new Clause(sql, parameters);
    }

    private static OffsetDateTime startOfYear(int year) {
        return OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    }

    /** A word is matched literally: LIKE's wildcards and its escape character lose their meaning. */
    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
