package fr.ozcar.insitu.sensorthings.service;

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
        // 15-078r6 §9.3.3.2: over the server's limit, the limit applies (the page then has a nextLink)
        return Math.min(requested, settings.maxTop());
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
