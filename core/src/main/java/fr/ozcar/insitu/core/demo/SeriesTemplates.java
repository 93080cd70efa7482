package fr.ozcar.insitu.core.demo;

import java.time.Duration;
import java.util.List;

/** The kinds of series the demo observatories run, with the instruments they really use. */
final class SeriesTemplates {

    private static final DemoSensor RAIN_GAUGE =
            DemoSensor.physical("Campbell Scientific", "ARG100", "Rain gauge", "Tipping bucket, 0.2 mm per tip");

    private SeriesTemplates() {
    }

    static SeriesTemplate airTemperature2m() {
        return new SeriesTemplate("TA2", DemoVariables.AIR_TEMPERATURE_2M, "Air temperature under a radiation shield at 2 m",
                false, 2, DemoSensor.physical("Vaisala", "HMP155", "Thermometer", "Platinum resistance thermometer"),
                AirTemperatureSignal::new, List.of());
    }

    static SeriesTemplate airTemperature5m() {
        return new SeriesTemplate("TA5", DemoVariables.AIR_TEMPERATURE_5M, "Air temperature on the flux tower at 5 m, half-hourly mean",
                true, 2, DemoSensor.physical("Campbell Scientific", "CS215", "Thermometer", "Half-hourly mean of 10 s samples"),
                AirTemperatureSignal::new, List.of());
    }

    static SeriesTemplate relativeHumidity() {
        return new SeriesTemplate("RH", DemoVariables.RELATIVE_HUMIDITY, "Relative humidity at 2 m",
                false, 1, DemoSensor.physical("Vaisala", "HMP155", "Hygrometer", "Capacitive humidity sensor"),
                RelativeHumiditySignal::new, List.of());
    }

    /** Rain over the step ending at the given time, written as an instantaneous value (no date_begin). */
    static SeriesTemplate rainfall() {
        return new SeriesTemplate("RAIN", DemoVariables.RAINFALL, "Rain gauge total over the step ending at the given time",
                false, 1, RAIN_GAUGE, RainfallSignal::new, List.of());
    }

    /** Daily totals written as intervals, 00:00 to 24:00 UTC. */
    static SeriesTemplate dailyRainfall() {
        return new SeriesTemplate("RAIN_D", DemoVariables.RAINFALL, "Daily rain gauge total, 00:00 to 24:00 UTC",
                true, 1, RAIN_GAUGE, RainfallSignal::new, List.of());
    }

    static SeriesTemplate shortwaveRadiation() {
        return new SeriesTemplate("RG", DemoVariables.SHORTWAVE_RADIATION, "Global incoming shortwave radiation",
                false, 1, DemoSensor.physical("Kipp & Zonen", "CMP6", "Pyranometer", "Thermopile pyranometer"),
                ShortwaveRadiationSignal::new, List.of());
    }

    static SeriesTemplate windSpeed() {
        return new SeriesTemplate("WS", DemoVariables.WIND_SPEED, "Mean wind speed at 10 m, with the step's maximum gust",
                false, 2, DemoSensor.physical("R. M. Young", "05103", "Anemometer", "Propeller anemometer"),
                WindSpeedSignal::new, List.of(AdditionalColumn.windGust()));
    }

    static SeriesTemplate windDirection() {
        return new SeriesTemplate("WD", DemoVariables.WIND_DIRECTION, "Mean wind direction at 10 m, degrees from north",
                false, 0, DemoSensor.physical("R. M. Young", "05103", "Wind vane", "Vane potentiometer"),
                WindDirectionSignal::new, List.of());
    }

    static SeriesTemplate atmosphericPressure() {
        return new SeriesTemplate("PA", DemoVariables.ATMOSPHERIC_PRESSURE, "Station-level atmospheric pressure",
                false, 1, DemoSensor.physical("Vaisala", "PTB110", "Barometer", "Silicon capacitive barometer"),
                AtmosphericPressureSignal::new, List.of());
    }

    static SeriesTemplate sensibleHeatFlux() {
        return new SeriesTemplate("H", DemoVariables.SENSIBLE_HEAT_FLUX, "Sensible heat flux by eddy covariance, half-hourly",
                true, 1, DemoSensor.physical("Campbell Scientific", "CSAT3", "Sonic anemometer", "Eddy covariance"),
                SensibleHeatFluxSignal::new, List.of());
    }

    static SeriesTemplate discharge(double areaKm2, double baseflow) {
        return new SeriesTemplate("Q", DemoVariables.RIVER_DISCHARGE, "Discharge from the water level through the station's rating curve",
                false, 4, DemoSensor.virtual("Rating curve", "Stage-discharge rating curve fitted on current-meter gaugings"),
                context -> new DischargeSignal(context, areaKm2, baseflow), List.of(AdditionalColumn.dischargeUncertainty()));
    }

    static SeriesTemplate waterLevel(double areaKm2, double baseflow) {
        return new SeriesTemplate("H2O", DemoVariables.WATER_LEVEL, "Water level above the gauge datum",
                false, 3, DemoSensor.physical("OTT HydroMet", "Orpheus Mini", "Pressure transducer", "Submerged pressure probe"),
                context -> new WaterLevelSignal(context, areaKm2, baseflow), List.of());
    }

    static SeriesTemplate soilWaterContent(SoilMoistureSignal.Soil soil) {
        return new SeriesTemplate("SWC10", DemoVariables.SOIL_WATER_CONTENT, "Volumetric soil water content at 10 cm depth",
                false, 3, DemoSensor.physical("Campbell Scientific", "CS616", "Water content reflectometer", "Time-domain reflectometry"),
                context -> new SoilMoistureSignal(context, soil), List.of());
    }

    static SeriesTemplate soilTemperature() {
        return new SeriesTemplate("TS10", DemoVariables.SOIL_TEMPERATURE, "Soil temperature at 10 cm depth",
                false, 2, DemoSensor.physical("Campbell Scientific", "107", "Thermistor probe", "Thermistor"),
                SoilTemperatureSignal::new, List.of());
    }

    static SeriesTemplate groundwaterLevel(double deepestDepth) {
        return new SeriesTemplate("GWL", DemoVariables.GROUNDWATER_LEVEL, "Water table elevation in the piezometer (m a.s.l.)",
                false, 3, DemoSensor.physical("In-Situ", "Level TROLL 500", "Pressure transducer", "Absolute pressure, barometrically compensated"),
                context -> new GroundwaterLevelSignal(context, deepestDepth), List.of());
    }

    static SeriesTemplate calcium(double mean, double amplitude) {
        return laboratory("CA", DemoVariables.CALCIUM, "Dissolved calcium, filtered 0.2 µm", 2,
                new SeasonalSignal.Parameters(mean, amplitude, 250, mean * 0.06, Duration.ofDays(20), 0.5, 200));
    }

    static SeriesTemplate nitrate(double mean, double amplitude) {
        return laboratory("NO3", DemoVariables.NITRATE, "Dissolved nitrate, filtered 0.2 µm", 1,
                new SeasonalSignal.Parameters(mean, amplitude, 30, mean * 0.07, Duration.ofDays(20), 0.1, 200));
    }

    static SeriesTemplate conductivity(double mean) {
        return field("EC", DemoVariables.CONDUCTIVITY, "Electrical conductivity at 25 °C", 0,
                new SeasonalSignal.Parameters(mean, mean * 0.1, 250, mean * 0.05, Duration.ofDays(15), 20, 3000));
    }

    static SeriesTemplate ph(double mean) {
        return field("PH", DemoVariables.PH, "pH of the stream water", 2,
                new SeasonalSignal.Parameters(mean, 0.15, 200, 0.12, Duration.ofDays(10), 4, 9.5));
    }

    static SeriesTemplate waterTemperature(double mean, double amplitude) {
        return field("TW", DemoVariables.WATER_TEMPERATURE, "Water temperature", 1,
                new SeasonalSignal.Parameters(mean, amplitude, 210, 0.8, Duration.ofDays(5), 0, 35));
    }

    /** Water temperature logged by a boat's thermistor every minute while it moves. */
    static SeriesTemplate transectWaterTemperature() {
        return new SeriesTemplate("TW", DemoVariables.WATER_TEMPERATURE, "Surface water temperature logged from the boat",
                false, 2, DemoSensor.physical("NKE Instrumentation", "STPS", "Thermistor probe", "Towed probe, 0.5 m below the surface"),
                context -> new SeasonalSignal(context,
                        new SeasonalSignal.Parameters(13.5, 5.5, 215, 0.6, Duration.ofHours(1), 2, 28)), List.of());
    }

    private static SeriesTemplate laboratory(String code, DemoVariable variable, String description, int decimals,
                                             SeasonalSignal.Parameters parameters) {
        return new SeriesTemplate(code, variable, description, false, decimals,
                DemoSensor.virtual("Laboratory analysis", "Ion chromatography on grab samples"),
                context -> new SeasonalSignal(context, parameters), List.of());
    }

    private static SeriesTemplate field(String code, DemoVariable variable, String description, int decimals,
                                        SeasonalSignal.Parameters parameters) {
        return new SeriesTemplate(code, variable, description, false, decimals,
                DemoSensor.physical("WTW", "Multi 3630 IDS", "Multiparameter probe", "Field measurement during sampling"),
                context -> new SeasonalSignal(context, parameters), List.of());
    }
}
