package fr.ozcar.insitu.core.catalogue;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.catalogue.SearchFilter.Clause;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The portal's faceted search over the published catalogue ({@code catalogue_observation}, one row per
 * series): AND across facets, OR within one, counts per facet value computed without that facet's own
 * choices, a sorted page of observations, datasets or producers, and the matching stations for the map.
 * Series are metadata, listed to everyone; their first and last times (shown, sorted and filtered on)
 * count only the rows the viewer may see ({@code catalogue_observation} reads {@code visible_series_summary}).
 */
public final class CatalogueSearch {

    private static final String ROWS = "with o as materialized (select * from catalogue_observation) ";

    private final DataSource dataSource;
    private final EmbargoAccess embargo;

    public CatalogueSearch(DataSource dataSource, EmbargoAccess embargo) {
        this.dataSource = dataSource;
        this.embargo = embargo;
    }

    /** The page and facets of {@code query}, first and last times as {@code viewer} may see them. */
    public SearchResult search(SearchQuery query, Viewer viewer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                embargo.enter(connection, viewer);
                return search(connection, query);
            } finally {
                connection.rollback(); // read only
            }
        }
    }

    private static SearchResult search(Connection connection, SearchQuery query) throws SQLException {
        SearchFilter filter = new SearchFilter(query);
        long[] totals = totals(connection, filter.all());
        long total = switch (query.list()) {
            case OBSERVATIONS -> totals[0];
            case DATASETS -> totals[1];
            case PRODUCERS -> totals[2];
        };
        SearchHits hits = new SearchHits(query.list().parameter(), query.sort(), query.page(), query.size(), total,
                items(connection, query, filter.all()));
        return new SearchResult(totals[0], totals[1], totals[2], facets(connection, filter),
                hits, stations(connection, filter.all()));
    }

    private static long[] totals(Connection connection, Clause where) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ROWS
                + "select count(*), count(distinct o.dataset_id), count(distinct o.producer_id) from o where " + where.sql())) {
            where.bind(statement, connection, 1);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
            }
        }
    }

    /** Every facet's counts in one statement: the view is computed once. */
    private static Map<String, List<FacetCount>> facets(Connection connection, SearchFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder(ROWS);
        List<Clause> clauses = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            Clause where = filter.except(facet);
            clauses.add(where);
            if (facet.ordinal() > 0) {
                sql.append(" union all ");
            }
            sql.append("(select ").append(facet.ordinal()).append(", v, count(*) from o cross join unnest(")
                    .append(facet.column()).append(") v where v is not null and ").append(where.sql())
                    .append(" group by v)");
        }
        sql.append(" order by 1, 3 desc, 2");
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (SearchFacet facet : SearchFacet.values()) {
            facets.put(facet.parameter(), new ArrayList<>());
        }
        Map<String, String> labels = labels(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int next = 1;
            for (Clause clause : clauses) {
                next = clause.bind(statement, connection, next);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    SearchFacet facet = SearchFacet.values()[rows.getInt(1)];
                    String value = rows.getString(2);
                    String label = facet == SearchFacet.PRODUCER || facet == SearchFacet.VARIABLE
                            ? labels.getOrDefault(value, value) : value;
                    facets.get(facet.parameter()).add(new FacetCount(value, label, rows.getLong(3)));
                }
            }
        }
        return facets;
    }

    /** Producer ids to names and thesaurus IRIs (variables and their categories) to English labels. */
    private static Map<String, String> labels(Connection connection) throws SQLException {
        Map<String, String> labels = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select id, name from producer
                union all select iri, label from variable
                union all select distinct c.iri, c.label from variable,
                    unnest(category_path, category_labels) as c(iri, label) where c.label is not null""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                labels.putIfAbsent(rows.getString(1), rows.getString(2));
            }
        }
        return labels;
    }

    private static List<?> items(Connection connection, SearchQuery query, Clause where) throws SQLException {
        String orderBy = query.list().orderBy(query.sort());
        String sql = switch (query.list()) {
            case OBSERVATIONS -> ROWS + """
                    select o.observation_id, o.property_name, o.unit, o.variable_iri, v.label, o.dataset_id, d.title,
                           o.producer_id, o.station_id, sf.name, o.processing_level, o.first_time, o.last_time
                    from o join dataset d on d.id = o.dataset_id join sampling_feature sf on sf.id = o.station_id
                    left join variable v on v.iri = o.variable_iri where """;
            case DATASETS -> ROWS + """
                    select d.id, d.title, d.producer_id, count(*), min(o.first_time), max(o.last_time)
                    from o join dataset d on d.id = o.dataset_id where """;
            case PRODUCERS -> ROWS + """
                    select p.id, p.name, p.title, count(*), count(distinct o.dataset_id), min(o.first_time), max(o.last_time)
                    from o join producer p on p.id = o.producer_id where """;
        };
        String groupBy = switch (query.list()) {
            case OBSERVATIONS -> "";
            case DATASETS -> " group by d.id";
            case PRODUCERS -> " group by p.id";
        };
        List<Object> items = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                sql + " " + where.sql() + groupBy + " order by " + orderBy + " limit ? offset ?")) {
            int next = where.bind(statement, connection, 1);
            statement.setInt(next, query.size());
            statement.setLong(next + 1, (long) (query.page() - 1) * query.size());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(switch (query.list()) {
                        case OBSERVATIONS -> new ObservationHit(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                rows.getString(8), rows.getInt(9), rows.getString(10), rows.getString(11),
                                instant(rows, 12), instant(rows, 13));
                        case DATASETS -> new DatasetHit(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getLong(4), instant(rows, 5), instant(rows, 6));
                        case PRODUCERS -> new ProducerHit(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getLong(4), rows.getLong(5), instant(rows, 6), instant(rows, 7));
                    });
                }
            }
        }
        return items;
    }

    private static List<StationMarker> stations(Connection connection, Clause where) throws SQLException {
        List<StationMarker> stations = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ROWS + """
                select sf.id, sf.name, sf.producer_id, sf.longitude, sf.latitude, count(*)
                from o join sampling_feature sf on sf.id = o.station_id
                where sf.longitude is not null and sf.latitude is not null and""" + " " + where.sql()
                + " group by sf.id order by sf.id")) {
            where.bind(statement, connection, 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stations.add(new StationMarker(rows.getInt(1), rows.getString(2), rows.getString(3),
                            rows.getDouble(4), rows.getDouble(5), rows.getLong(6)));
                }
            }
        }
        return stations;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
