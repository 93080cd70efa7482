package fr.ozcar.insitu.sensorthings.service;

import fr.ozcar.insitu.sensorthings.query.StaBadRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** $top defaults and limits, and the query strings of next links. */
record Paging(StaSettings settings) {

    int top(Integer requested) {
        if (requested == null) {
            return settings.defaultTop();
        }
        if (requested > settings.maxTop()) {
            throw new StaBadRequest("$top: " + requested + " is over the maximum of " + settings.maxTop());
        }
        return requested;
    }

    /**
     * Refuses a request that may answer more than {@link StaSettings#entityBudget()} entities: its page
     * ({@code top} entities) times one plus what the $expand tree may add to each (nested $tops multiply).
     */
    void checkBudget(int top, double expandedPerEntity) {
        double entities = Math.max(top, 1) * (1 + expandedPerEntity);
        if (entities > settings.entityBudget()) {
            throw new StaBadRequest(String.format(java.util.Locale.ROOT, "the request may answer up to %.0f entities "
                    + "($top times the nested $tops of $expand), over the budget of %d per request: lower a $top, "
                    + "or follow the nextLinks", entities, settings.entityBudget()));
        }
    }

    static String queryString(Map<String, String> options) {
        StringJoiner query = new StringJoiner("&", "?", "");
        options.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$")
                .replace("%2F", "/").replace("%28", "(").replace("%29", ")").replace("%2C", ",");
    }
}
