package fr.ozcar.insitu.core.deposit.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a data file, by role. Deposits write {@code date_begin;date_end}, the format's
 * documentation {@code dateBeg;dateEnd}: both are accepted. Additional value columns get the roles
 * {@code FIRST_ADDITIONAL + i}, in their declared order.
 */
public final class DataFileColumns {

    public static final int BEGIN = 0;
    public static final int END = 1;
    public static final int LATITUDE = 2;
    public static final int LONGITUDE = 3;
    public static final int ALTITUDE = 4;
    public static final int VALUE = 5;
    public static final int FLAGS = 6;
    public static final int FIRST_ADDITIONAL = 7;

    static final List<String> CANONICAL = List.of(
            "date_begin", "date_end", "latitude", "longitude", "altitude", "value", "qualityFlags");

    static final Map<String, Integer> STANDARD = Map.of(
            "date_begin", BEGIN, "dateBeg", BEGIN, "date_end", END, "dateEnd", END,
            "latitude", LATITUDE, "longitude", LONGITUDE, "altitude", ALTITUDE,
            "value", VALUE, "qualityFlags", FLAGS);

    static final Set<String> STANDARD_NAMES = STANDARD.keySet();

    private DataFileColumns() {
    }
}
