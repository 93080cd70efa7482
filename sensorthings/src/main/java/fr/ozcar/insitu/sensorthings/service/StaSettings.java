package fr.ozcar.insitu.sensorthings.service;

import java.time.Duration;

/**
 * Limits of the API: {@code defaultTop} entities per page when the client gives no $top, at most
 * {@code maxTop}; {@code fetchSize} rows per database round trip while streaming; each SQL statement
 * of a request (count, page up to its first rows, each expansion) is cancelled after
 * {@code queryTimeout} (whole seconds: JDBC's unit), so that a filter no index can serve does not hold
 * a connection for minutes. {@code entityBudget} bounds the entities one request may answer, counted
 * before any query as the page's $top times what the nested $tops of $expand may add to each entity
 * (a 400 beyond it), so that one URL cannot stream gigabytes.
 */
public record StaSettings(int defaultTop, int maxTop, int fetchSize, Duration queryTimeout, long entityBudget) {

    /** Enough for {@code Things?$expand=Datastreams($expand=Observations)} with default tops (about 1 M). */
    public static final long DEFAULT_ENTITY_BUDGET = 2_000_000;
    public static final StaSettings DEFAULTS = new StaSettings(100, 10_000, 1_000, Duration.ofSeconds(30));

    public StaSettings(int defaultTop, int maxTop, int fetchSize, Duration queryTimeout) {
        this(defaultTop, maxTop, fetchSize, queryTimeout, DEFAULT_ENTITY_BUDGET);
    }

    public StaSettings {
        if (entityBudget < maxTop) {
            throw new IllegalArgumentException("the entity budget must allow a page of maxTop entities");
        }
        if (defaultTop < 1 || maxTop < defaultTop || fetchSize < 1) {
            throw new IllegalArgumentException("need 1 <= defaultTop <= maxTop and fetchSize >= 1");
        }
        if (queryTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("the query timeout must be at least a second");
        }
    }
}
