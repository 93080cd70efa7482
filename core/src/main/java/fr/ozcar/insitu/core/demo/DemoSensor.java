package fr.ozcar.insitu.core.demo;

/**
 * The instrument behind a series: a physical sensor, or a virtual one (a rating curve, a lab
 * analysis) when {@code manufacturer} is absent.
 */
public record DemoSensor(String name, String manufacturer, String model, String sensorType, String method) {

    static DemoSensor physical(String manufacturer, String model, String sensorType, String method) {
        return new DemoSensor(null, manufacturer, model, sensorType, method);
    }

    static DemoSensor virtual(String name, String method) {
        return new DemoSensor(name, null, null, null, method);
    }

    public boolean isPhysical() {
        return manufacturer != null;
    }
}
