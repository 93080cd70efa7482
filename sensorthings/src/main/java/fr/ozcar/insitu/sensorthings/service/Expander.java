package fr.ozcar.insitu.sensorthings.service;

import fr.ozcar.insitu.sensorthings.entity.EntityModel;
import fr.ozcar.insitu.sensorthings.entity.EntityType;
import fr.ozcar.insitu.sensorthings.entity.Navigation;
import fr.ozcar.insitu.sensorthings.filter.Sql;
import fr.ozcar.insitu.sensorthings.format.EntityRow;
import fr.ozcar.insitu.sensorthings.format.Expansion;
import fr.ozcar.insitu.sensorthings.format.Selection;
import fr.ozcar.insitu.sensorthings.query.QueryOptions;
import fr.ozcar.insitu.sensorthings.query.StaBadRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads $expand for a batch of entities: one query per expanded navigation and level, a lateral
 * join that applies the nested $filter/$orderby/$top/$skip per parent (never one query per entity).
 */
final class Expander {

    private final Connection connection;
    private final EntityModel model;
    private final EntitySql sql;
    private final Paging paging;
    private final String serviceRoot;
    private final Duration queryTimeout;

    Expander(Connection connection, EntityModel model, EntitySql sql, Paging paging, String serviceRoot,
             Duration queryTimeout) {
        this.connection = connection;
        this.model = model;
        this.sql = sql;
        this.paging = paging;
        this.serviceRoot = serviceRoot;
        this.queryTimeout = queryTimeout;
    }

    /**
     * Checks the whole $expand tree before any query runs, so that errors are 400s up front, and
     * returns how many entities it may add to each parent at most: a to-many navigation its $top (or
     * the default) times one plus what its own items add, a to-one navigation one plus that. A double,
     * because a hostile tree multiplies beyond a long; it is only compared with a budget.
     */
    static double validate(EntityModel model, EntitySql sql, EntityType type, List<QueryOptions.ExpandItem> items, Paging paging) {
        double perParent = 0;
        for (QueryOptions.ExpandItem item : items) {
            Navigation navigation = navigation(type, item);
            EntityType target = model.byName(navigation.target());
            Selection.of(target, item.options().select());
            sql.filter(target, "t", item.options());
            sql.orderBy(target, "t", item.options());
            int top = navigation.toMany() ? paging.top(item.options().top()) : 1;
            perParent += top * (1 + validate(model, sql, target, item.options().expand(), paging));
        }
        return perParent;
    }

    private static Navigation navigation(EntityType type, QueryOptions.ExpandItem item) {
        return type.navigation(item.navigation()).orElseThrow(() -> new StaBadRequest(
                "$expand: '" + item.navigation() + "' is not a navigation of " + type.name()));
    }

    void expand(EntityType type, List<EntityRow> rows, List<QueryOptions.ExpandItem> items) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        for (QueryOptions.ExpandItem item : items) {
            expandOne(type, rows, item);
        }
    }

    private void expandOne(EntityType type, List<EntityRow> rows, QueryOptions.ExpandItem item) throws SQLException {
        Navigation navigation = navigation(type, item);
        EntityType target = model.byName(navigation.target());
        QueryOptions options = item.options();
        Selection selection = Selection.of(target, options.select());
        RowReader reader = new RowReader(selection);
        int top = navigation.toMany() ? paging.top(options.top()) : 1;
        int skip = navigation.toMany() ? options.skip() : 0;
        Sql source = source(type, rows);
        Sql query = Sql.concat("select p.id, x.* from ", source,
                " cross join lateral (select " + reader.columns("t") + " from " + target.view() + " t where "
                        + navigation.condition("p", "t") + " and ", sql.filter(target, "t", options),
                " order by ", sql.orderBy(target, "t", options), " limit ", Sql.param(top + 1, "integer"),
                " offset ", Sql.param(skip, "integer"), ") x", parentFilter(type, rows));
        Map<Long, List<EntityRow>> children = new HashMap<>();
        List<EntityRow> all = new ArrayList<>();
        try (PreparedStatement statement = Statements.prepare(connection, query, queryTimeout);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                EntityRow child = reader.read(result, 2);
                children.computeIfAbsent(result.getLong(1), k -> new ArrayList<>()).add(child);
                all.add(child);
            }
        }
        Map<Long, Long> counts = options.count() && navigation.toMany() ? count(type, rows, navigation, target, options) : Map.of();
        expand(target, all, options.expand());
        for (EntityRow row : rows) {
            List<EntityRow> found = children.getOrDefault(row.id(), List.of());
            String nextLink = null;
            if (found.size() > top) {
                found = found.subList(0, top);
                nextLink = nextLink(type, row, navigation, options, top, skip);
            }
            row.expansions().put(navigation.name(), new Expansion(selection, navigation.toMany(), found,
                    options.count() && navigation.toMany() ? counts.getOrDefault(row.id(), 0L) : null, nextLink));
        }
    }

    private Map<Long, Long> count(EntityType type, List<EntityRow> rows, Navigation navigation, EntityType target,
                                  QueryOptions options) throws SQLException {
        Sql query = Sql.concat("select p.id, (select count(*) from " + target.view() + " t where "
                + navigation.condition("p", "t") + " and ", sql.filter(target, "t", options), ") from ",
                source(type, rows), parentFilter(type, rows));
        Map<Long, Long> counts = new HashMap<>();
        try (PreparedStatement statement = Statements.prepare(connection, query, queryTimeout);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                counts.put(result.getLong(1), result.getLong(2));
            }
        }
        return counts;
    }

    /**
     * The parents as a row source {@code p}. Observations are given by value (id and series), since
     * their id is computed and a lookup by it would scan measurements.
     */
    private static Sql source(EntityType type, List<EntityRow> rows) {
        if (type.name().equals("Observation")) {
            Long[] ids = rows.stream().map(EntityRow::id).toArray(Long[]::new);
            Integer[] series = rows.stream().map(EntityRow::seriesId).toArray(Integer[]::new);
            return Sql.concat("unnest(", Sql.param(ids, "bigint[]"), ", ", Sql.param(series, "integer[]"),
                    ") as p(id, datastream_id)");
        }
        return Sql.of(type.view() + " p");
    }

    private static Sql parentFilter(EntityType type, List<EntityRow> rows) {
        if (type.name().equals("Observation")) {
            return Sql.of("");
        }
        Long[] ids = rows.stream().map(EntityRow::id).distinct().toArray(Long[]::new);
        return Sql.concat(" where p.id = any(", Sql.param(ids, "bigint[]"), ")");
    }

    private String nextLink(EntityType type, EntityRow row, Navigation navigation, QueryOptions options, int top, int skip) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String option : List.of("$filter", "$select", "$orderby", "$count")) {
            if (options.raw().containsKey(option)) {
                query.put(option, options.raw().get(option));
            }
        }
        if (!options.expand().isEmpty()) {
            query.put("$expand", options.expandText());
        }
        query.put("$top", String.valueOf(top));
        query.put("$skip", String.valueOf((long) skip + top));
        return serviceRoot + "/" + type.setName() + "(" + row.id() + ")/" + navigation.name() + Paging.queryString(query);
    }
}
