package fr.ozcar.insitu.sensorthings.service;

/**
 * Paging of the API: {@code defaultTop} entities per page when the client gives no $top, at most
 * {@code maxTop}; {@code fetchSize} rows per database round trip while streaming.
 */
public record StaSettings(int defaultTop, int maxTop, int fetchSize) {

    public static final StaSettings DEFAULTS = new StaSettings(100, 10_000, 1_000);

    public StaSettings {
        if (defaultTop < 1 || maxTop < defaultTop || fetchSize < 1) {
            throw new IllegalArgumentException("need 1 <= defaultTop <= maxTop and fetchSize >= 1");
        }
    }
}
