package fr.ozcar.insitu.sensorthings.service;

import fr.ozcar.insitu.sensorthings.entity.EntityModel;
import fr.ozcar.insitu.sensorthings.entity.EntityType;
import fr.ozcar.insitu.sensorthings.entity.Navigation;
import fr.ozcar.insitu.sensorthings.filter.AliasCounter;
import fr.ozcar.insitu.sensorthings.filter.FilterTranslator;
import fr.ozcar.insitu.sensorthings.filter.ObservationKey;
import fr.ozcar.insitu.sensorthings.filter.Sql;
import fr.ozcar.insitu.sensorthings.path.ResourcePath;
import fr.ozcar.insitu.sensorthings.query.QueryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SQL pieces of one level of a request: conditions of a resource path, of $filter, the order. */
final class EntitySql {

    /** a navigation that is a plain key of the target: {@code {t}.col = {s}.id} */
    private static final Pattern DIRECT_KEY = Pattern.compile("\\{t}\\.(\\w+) = \\{s}\\.id");

    private final EntityModel model;
    private final boolean postgis;
    private final AliasCounter aliases;

    EntitySql(EntityModel model, boolean postgis) {
        this.model = model;
        this.postgis = postgis;
        this.aliases = new AliasCounter();
    }

    /** The condition that an entity under {@code alias} has the given id (Observations: on the row key). */
    Sql idCondition(EntityType type, String alias, long id) {
        if (!type.name().equals("Observation")) {
            return Sql.concat(alias + ".id = ", Sql.param(id, "bigint"));
        }
        return ObservationKey.condition(alias, id);
    }

    /** The conditions that an entity under {@code alias} is the one the path's steps lead to. */
    Sql pathCondition(List<ResourcePath.Step> steps, String alias) {
        ResourcePath.Step last = steps.get(steps.size() - 1);
        List<Sql> parts = new ArrayList<>();
        if (last.id() != null) {
            parts.add(idCondition(last.type(), alias, last.id()));
        }
        if (steps.size() > 1) {
            ResourcePath.Step previous = steps.get(steps.size() - 2);
            Navigation via = last.via();
            Matcher direct = DIRECT_KEY.matcher(via.join());
            if (previous.id() != null && direct.matches() && !previous.type().name().equals("Observation")) {
                // the key alone reaches the index; the parent path is checked once (an uncorrelated
                // subquery, evaluated once per statement), e.g. Datastreams(8) is not a Datastream
                // when series 8 is a MultiDatastream
                String parent = aliases.next();
                parts.add(Sql.concat(alias + "." + direct.group(1) + " = ", Sql.param(previous.id(), "bigint"),
                        " and exists (select 1 from " + previous.type().view() + " " + parent + " where ",
                        pathCondition(steps.subList(0, steps.size() - 1), parent), ")"));
            } else {
                String parent = aliases.next();
                parts.add(Sql.concat("exists (select 1 from " + previous.type().view() + " " + parent
                        + " where " + via.condition(parent, alias) + " and ",
                        pathCondition(steps.subList(0, steps.size() - 1), parent), ")"));
            }
        }
        return parts.isEmpty() ? Sql.of("true") : Sql.join(" and ", parts);
    }

    FilterTranslator translator(EntityType type, String alias, String option, String text) {
        return new FilterTranslator(model, type, alias, postgis, option, text, aliases);
    }

    /** {@code $filter} of the options as a condition, or {@code true}. */
    Sql filter(EntityType type, String alias, QueryOptions options) {
        if (options.filter() == null) {
            return Sql.of("true");
        }
        return translator(type, alias, "$filter", options.raw().get("$filter")).condition(options.filter());
    }

    /** {@code $orderby} then the type's default order, which keeps pages stable. */
    Sql orderBy(EntityType type, String alias, QueryOptions options) {
        List<Sql> items = new ArrayList<>(translator(type, alias, "$orderby", options.raw().get("$orderby"))
                .orderBy(options.orderBy()));
        for (String column : type.defaultOrder().split(", ")) {
            items.add(Sql.of(alias + "." + column));
        }
        return Sql.join(", ", items);
    }

    String nextAlias() {
        return aliases.next();
    }
}
