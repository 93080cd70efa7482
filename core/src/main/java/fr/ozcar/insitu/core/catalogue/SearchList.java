package fr.ozcar.insitu.core.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lists a search can page through, each with its sort keys (mapped to our own SQL, never user text). */
public enum SearchList {
    OBSERVATIONS("observations", Map.of("title", "o.property_name", "producer", "o.producer_id",
            "start", "o.first_time", "end", "o.last_time", "id", "o.observation_id")),
    DATASETS("datasets", Map.of("title", "d.title", "producer", "d.producer_id", "observations", "count(*)",
            "start", "min(o.first_time)", "end", "max(o.last_time)", "id", "d.id")),
    PRODUCERS("producers", Map.of("title", "p.title", "observations", "count(*)",
            "start", "min(o.first_time)", "end", "max(o.last_time)", "id", "p.id"));

    private final String parameter;
    private final Map<String, String> orderBy;

    SearchList(String parameter, Map<String, String> orderBy) {
        this.parameter = parameter;
        this.orderBy = new LinkedHashMap<>(orderBy);
    }

    public String parameter() {
        return parameter;
    }

    public List<String> sorts() {
        return orderBy.keySet().stream().sorted().toList();
    }

    /** The ORDER BY of a valid sort key, with a unique tie-breaker so that pages never overlap. */
    String orderBy(String sort) {
        boolean descending = sort.startsWith("-");
        String expression = orderBy.get(descending ? sort.substring(1) : sort);
        return expression + (descending ? " desc nulls last" : " asc nulls last") + ", " + orderBy.get("id");
    }

    public static java.util.Optional<SearchList> ofParameter(String name) {
        for (SearchList list : values()) {
            if (list.parameter.equals(name)) {
                return java.util.Optional.of(list);
            }
        }
        return java.util.Optional.empty();
    }
}
