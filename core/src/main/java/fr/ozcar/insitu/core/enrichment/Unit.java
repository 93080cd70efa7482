package fr.ozcar.insitu.core.enrichment;

/**
 * An area a station lies in (a country, a region, a department).
 *
 * @param code       its code: ISO 3166-1 alpha-2 for a country, else the layer's code; null when unknown
 * @param name       its name
 * @param inseeCode  the INSEE code of a French region or department, else null
 * @param source     where it comes from: the shipped data set or the lookup layer's name
 * @param distanceKm 0 when the station is inside; else how far outside (a coastal station)
 */
public record Unit(String code, String name, String inseeCode, String source, double distanceKm) {
}
