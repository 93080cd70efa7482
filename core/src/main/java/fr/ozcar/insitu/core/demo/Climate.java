package fr.ozcar.insitu.core.demo;

/**
 * The climate at a group of stations: the parameters every signal model draws from, and the
 * portal climate class it belongs to.
 *
 * @param portalName       the pivot format's climate value (e.g. "Oceanic climate")
 * @param meanTemperature  annual mean air temperature (°C) at {@code referenceElevation}
 * @param warmestDay       day of year of the warmest days
 * @param humidestDay      day of year of the most humid days
 */
public record Climate(String portalName, double meanTemperature, double referenceElevation,
                      double seasonalAmplitude, int warmestDay, double diurnalAmplitude,
                      double meanHumidity, double humidityAmplitude, int humidestDay,
                      double meanWindSpeed, double prevailingWindDirection, RainRegime rain) {

    private static final double LAPSE_RATE = 0.0065;
    private static final double YEAR_DAYS = 365.2425;

    /** Sudanian savanna of northern Benin: one rainy season from April to October. */
    public static final Climate SUDANIAN = new Climate("Tropical climate", 26.5, 440, 2.5, 75, 5.5,
            66, 20, 225, 2.2, 200,
            new RainRegime(70, new double[]{0.002, 0.008, 0.03, 0.07, 0.11, 0.15, 0.16, 0.17, 0.18, 0.095, 0.02, 0.005},
                    3, 5.4));
    /** Sahel of Niger and Mali: a short monsoon, a long hot dry season. */
    public static final Climate SAHELIAN = new Climate("Arid climate", 29.5, 250, 4.5, 130, 7.5,
            38, 26, 225, 3.0, 60,
            new RainRegime(34, new double[]{0, 0, 0.005, 0.015, 0.05, 0.13, 0.26, 0.33, 0.17, 0.04, 0, 0},
                    2, 5.7));
    /** Oceanic Brittany: frequent, long, light rain, wetter in winter. */
    public static final Climate OCEANIC = new Climate("Oceanic climate", 11.5, 100, 6.0, 205, 3.5,
            82, 8, 15, 4.5, 240,
            new RainRegime(150, new double[]{0.11, 0.09, 0.085, 0.075, 0.07, 0.055, 0.05, 0.055, 0.07, 0.1, 0.115, 0.125},
                    8, 1.1));
    /** Mediterranean Cévennes: dry summers and violent autumn "épisodes cévenols". */
    public static final Climate MEDITERRANEAN = new Climate("Mediterranean climate", 14.5, 150, 8.5, 205, 5.5,
            68, 10, 330, 3.0, 340,
            new RainRegime(60, new double[]{0.07, 0.06, 0.07, 0.08, 0.08, 0.05, 0.02, 0.03, 0.12, 0.18, 0.15, 0.09},
                    10, 4.5));
    /** Pyrenean mid-mountain: cool, wet, summer thunderstorms. */
    public static final Climate MOUNTAIN = new Climate("Mountain climate", 7.0, 1400, 7.0, 210, 4.5,
            76, 6, 330, 3.5, 280,
            new RainRegime(110, new double[]{0.08, 0.07, 0.08, 0.1, 0.11, 0.1, 0.08, 0.08, 0.07, 0.08, 0.08, 0.07},
                    6, 2.8));

    /** +1 on the warmest day of the year, -1 six months later. */
    double seasonal(long epochSecond) {
        return annualCycle(epochSecond, warmestDay);
    }

    /** +1 on the most humid day of the year. */
    double humiditySeason(long epochSecond) {
        return annualCycle(epochSecond, humidestDay);
    }

    /** Air temperature without weather noise at a station (lapse rate from the reference elevation). */
    double temperature(long epochSecond, DemoStation station) {
        return meanTemperature - LAPSE_RATE * (station.elevation() - referenceElevation)
                + seasonalAmplitude * seasonal(epochSecond)
                + diurnalAmplitude * diurnal(epochSecond, station.longitude());
    }

    static double dayOfYear(long epochSecond) {
        double days = epochSecond / 86_400.0;
        return days - YEAR_DAYS * Math.floor(days / YEAR_DAYS);
    }

    static double annualCycle(long epochSecond, double peakDay) {
        return Math.cos(2 * Math.PI * (dayOfYear(epochSecond) - peakDay) / YEAR_DAYS);
    }

    static int month(long epochSecond) {
        return Math.min(11, (int) (dayOfYear(epochSecond) / (YEAR_DAYS / 12)));
    }

    /** Local solar time in hours, 0–24. */
    static double solarHour(long epochSecond, double longitude) {
        double hour = Math.floorMod(epochSecond, 86_400) / 3600.0 + longitude / 15;
        return hour - 24 * Math.floor(hour / 24);
    }

    /** +1 in mid-afternoon (15:00 solar time), -1 before dawn. */
    static double diurnal(long epochSecond, double longitude) {
        return Math.cos(2 * Math.PI * (solarHour(epochSecond, longitude) - 15) / 24);
    }
}
