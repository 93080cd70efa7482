package fr.ozcar.insitu.core.demo;

/**
 * A measurement site: its persistent name (the sampling feature's name), WGS 84 position,
 * elevation (m) and climate. {@code code} is short and unique within its producer.
 */
public record DemoStation(String code, String name, double latitude, double longitude, double elevation,
                          Climate climate) {
}
