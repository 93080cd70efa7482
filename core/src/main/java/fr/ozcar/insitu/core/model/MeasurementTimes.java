package fr.ozcar.insitu.core.model;

/**
 * The measurement times the system can identify. A measurement is identified outside the database by
 * its series and its whole second (SensorThings Observation ids pack both into the 53 bits a JSON
 * number holds exactly: the series id times 2^34, plus the seconds since 1800). A date_end outside
 * these years, most often a typo such as 1019 for 2019, would take an id of another series, so the
 * import refuses it; two rows of a series within one second would share an id, so the import warns.
 */
public final class MeasurementTimes {

    public static final int FIRST_YEAR = 1800;
    /** 2^34 seconds after 1800-01-01 fall in 2344: the last whole year is 2343. */
    public static final int LAST_YEAR = 2343;
    /** 1800-01-01T00:00:00Z in Unix seconds: the origin of the seconds in an identifier. */
    public static final long ORIGIN_EPOCH_SECOND = -5364662400L;
    /** Bits of an identifier that hold the seconds since the origin. */
    public static final int SECOND_BITS = 34;

    private MeasurementTimes() {
    }

    public static boolean identifiable(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
