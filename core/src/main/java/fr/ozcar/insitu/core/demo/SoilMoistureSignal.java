package fr.ozcar.insitu.core.demo;

/**
 * Volumetric water content of the top 10 cm: a bucket wetted by rain, drained towards field
 * capacity, dried in daytime by evapotranspiration (more in the warm season, less when dry).
 */
final class SoilMoistureSignal extends HourlyModel {

    private static final double LAYER_MM = 100;

    private final RainfallProcess rainfall;
    private final DemoStation station;
    private final Soil soil;
    private double content;

    SoilMoistureSignal(SeriesContext context, Soil soil) {
        super(90 * 24);
        this.rainfall = context.rainfall();
        this.station = context.station();
        this.soil = soil;
        this.content = soil.fieldCapacity();
    }

    @Override
    void step(long epochHour) {
        long time = epochHour * 3600 + 1800;
        double infiltration = Math.min(rainfall.hourAmount(epochHour), 25) * 0.85;
        content += infiltration / LAYER_MM;
        if (content > soil.fieldCapacity()) {
            content -= (content - soil.fieldCapacity()) * 0.06;
        }
        double sun = SolarGeometry.clearSkyIrradiance(time, station.latitude(), station.longitude()) / 1000;
        double season = 0.6 + 0.4 * station.climate().seasonal(time);
        double stress = Math.max(0, (content - soil.residual()) / (soil.fieldCapacity() - soil.residual()));
        content -= 0.0012 * sun * season * Math.min(1, stress);
        content = Math.max(soil.residual(), Math.min(soil.porosity(), content));
    }

    @Override
    double value(long epochSecond) {
        return content;
    }

    /** Water contents (m3/m3) that characterise a soil. */
    record Soil(double residual, double fieldCapacity, double porosity) {
        static final Soil SAND = new Soil(0.02, 0.12, 0.36);
        static final Soil LOAM = new Soil(0.06, 0.30, 0.46);
    }
}
