package fr.ozcar.insitu.core.demo;

import java.util.List;

/** Every producer variable the demo deposits use: names, units and categories are exact. */
public final class DemoVariables {

    public static final DemoVariable AIR_TEMPERATURE_2M =
            new DemoVariable("Air temperature at 2 m", "°C", "atmosphericTemperature");
    public static final DemoVariable AIR_TEMPERATURE_5M =
            new DemoVariable("Air Temperature at height 5 m", "°C", "atmosphericTemperature");
    public static final DemoVariable RELATIVE_HUMIDITY =
            new DemoVariable("Relative humidity", "%", "atmosphericWaterVapor");
    public static final DemoVariable RAINFALL = new DemoVariable("Rainfall", "mm", "precipitation");
    public static final DemoVariable SHORTWAVE_RADIATION =
            new DemoVariable("Incoming shortwave radiation", "W/m2", "atmosphericRadiation");
    public static final DemoVariable WIND_SPEED = new DemoVariable("Wind speed", "m/s", "wind");
    public static final DemoVariable WIND_DIRECTION = new DemoVariable("Wind direction", "°", "wind");
    public static final DemoVariable ATMOSPHERIC_PRESSURE =
            new DemoVariable("Atmospheric pressure", "hPa", "atmosphericPressure");
    public static final DemoVariable SENSIBLE_HEAT_FLUX =
            new DemoVariable("Sensible heat flux", "W/m2", "surfaceFluxes");
    public static final DemoVariable RIVER_DISCHARGE =
            new DemoVariable("River discharge", "m3/s", "hydrologicalMeasurements");
    public static final DemoVariable WATER_LEVEL = new DemoVariable("Water level", "m", "hydrologicalMeasurements");
    public static final DemoVariable SOIL_WATER_CONTENT =
            new DemoVariable("Volumetric soil water content at 10 cm", "m3/m3", "soilWaterMeasurements");
    public static final DemoVariable SOIL_TEMPERATURE =
            new DemoVariable("Soil temperature at 10 cm depth", "°C", "soilThermalMeasurements");
    public static final DemoVariable GROUNDWATER_LEVEL =
            new DemoVariable("Groundwater level", "m", "hydrologicalMeasurements");
    public static final DemoVariable CALCIUM =
            new DemoVariable("Calcium concentration", "mg/L", "groundwaterMajorIons");
    public static final DemoVariable NITRATE =
            new DemoVariable("Nitrate concentration", "mg/L", "streamWaterChemistry");
    public static final DemoVariable CONDUCTIVITY =
            new DemoVariable("Electrical conductivity", "µS/cm", "streamWaterChemistry");
    public static final DemoVariable WATER_TEMPERATURE =
            new DemoVariable("Water temperature", "°C", "streamWaterChemistry");
    public static final DemoVariable PH = new DemoVariable("pH", "N/A", "streamWaterChemistry");

    public static final List<DemoVariable> ALL = List.of(
            AIR_TEMPERATURE_2M, AIR_TEMPERATURE_5M, RELATIVE_HUMIDITY, RAINFALL, SHORTWAVE_RADIATION,
            WIND_SPEED, WIND_DIRECTION, ATMOSPHERIC_PRESSURE, SENSIBLE_HEAT_FLUX, RIVER_DISCHARGE,
            WATER_LEVEL, SOIL_WATER_CONTENT, SOIL_TEMPERATURE, GROUNDWATER_LEVEL, CALCIUM, NITRATE,
            CONDUCTIVITY, WATER_TEMPERATURE, PH);

    private DemoVariables() {
    }
}
