package fr.ozcar.insitu.core.demo;

/** Where the sun is: enough astronomy for a believable clear-sky radiation. */
final class SolarGeometry {

    private static final double SOLAR_CONSTANT = 1361;
    private static final double CLEAR_SKY_TRANSMITTANCE = 0.75;

    private SolarGeometry() {
    }

    /** Cosine of the solar zenith angle; negative at night. */
    static double cosZenith(long epochSecond, double latitude, double longitude) {
        double declination = Math.toRadians(23.44)
                * Math.sin(2 * Math.PI * (284 + Climate.dayOfYear(epochSecond)) / 365.2425);
        double hourAngle = Math.toRadians(15 * (Climate.solarHour(epochSecond, longitude) - 12));
        double lat = Math.toRadians(latitude);
        return Math.sin(lat) * Math.sin(declination) + Math.cos(lat) * Math.cos(declination) * Math.cos(hourAngle);
    }

    /** Global horizontal irradiance under a clear sky (W/m2). */
    static double clearSkyIrradiance(long epochSecond, double latitude, double longitude) {
        return SOLAR_CONSTANT * CLEAR_SKY_TRANSMITTANCE * Math.max(0, cosZenith(epochSecond, latitude, longitude));
    }
}
