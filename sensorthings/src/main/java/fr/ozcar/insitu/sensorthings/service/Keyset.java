package fr.ozcar.insitu.sensorthings.service;

import fr.ozcar.insitu.sensorthings.filter.Sql;
import fr.ozcar.insitu.sensorthings.path.ResourcePath;
import fr.ozcar.insitu.sensorthings.query.Expr;
import fr.ozcar.insitu.sensorthings.query.OrderBy;
import fr.ozcar.insitu.sensorthings.query.QueryOptions;
import fr.ozcar.insitu.sensorthings.query.StaBadRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Keyset pages for the Observations of one series ({@code Datastreams(x)/Observations},
 * {@code MultiDatastreams(x)/Observations}) in time order, the default or {@code $orderby=phenomenonTime
 * [asc|desc]}: the nextLink carries {@code $skiptoken=<time of the page's last row>} instead of a
 * {@code $skip}, and the next page starts after that time through the primary key (series, time),
 * so that page 1 000 costs what page 1 costs, where OFFSET reads and drops every row before it. Within
 * one series the time is unique, so the rows are the same as OFFSET's.
 */
record Keyset(String alias, boolean descending, Instant after) {

    static final String TOKEN = "$skiptoken";

    /** The keyset of a request, or null when its pages go by {@code $skip}; a token elsewhere is a 400. */
    static Keyset of(ResourcePath path, QueryOptions options, String alias) {
        String token = options.raw().get(TOKEN);
        boolean applies = path.isCollection() && path.property() == null && path.steps().size() == 2
                && path.target().name().equals("Observation") && path.steps().get(0).id() != null
                && List.of("Datastream", "MultiDatastream").contains(path.steps().get(0).type().name())
                && timeOrder(options.orderBy());
        if (!applies) {
            if (token != null) {
                throw new StaBadRequest(TOKEN + " only continues the Observations of one Datastream in time order, "
                        + "as written in a nextLink");
            }
            return null;
        }
        boolean descending = !options.orderBy().isEmpty() && options.orderBy().get(0).descending();
        try {
            return new Keyset(alias, descending, token == null ? null : Instant.parse(token));
        } catch (DateTimeParseException e) {
            throw new StaBadRequest(TOKEN + ": '" + token + "' is not a token this server wrote (an instant)");
        }
    }

    private static boolean timeOrder(List<OrderBy> orderBy) {
        return orderBy.isEmpty() || (orderBy.size() == 1 && orderBy.get(0).expression() instanceof Expr.Path path
                && path.segments().equals(List.of("phenomenonTime")));
    }

    /** The condition that starts the page after the token's row, or {@code true} on the first page. */
    Sql condition() {
        if (after == null) {
            return Sql.of("true");
        }
        return Sql.concat(alias + ".time " + (descending ? "<" : ">") + " ", Sql.param(Timestamp.from(after), "timestamptz"));
    }

    /** The token of the page that follows the one whose last row has {@code lastRowTime}. */
    static String token(Instant lastRowTime) {
        return lastRowTime.toString();
    }
}
