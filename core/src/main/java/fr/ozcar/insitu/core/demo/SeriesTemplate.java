package fr.ozcar.insitu.core.demo;

import java.util.List;

/** A kind of series (variable, sensor, model, format) ready to be placed at a station. */
record SeriesTemplate(String shortCode, DemoVariable variable, String description, boolean interval, int decimals,
                      DemoSensor sensor, SignalFactory signal, List<AdditionalColumn> additionalColumns) {

    DemoSeries at(DemoStation station, Schedule schedule, ProducerStyle style) {
        return new DemoSeries(station.code() + "_" + shortCode, variable, description, station, schedule,
                new StationPoint(station), interval, decimals, style, sensor, signal, additionalColumns);
    }

    /** The series of a moving platform: {@code reach} names the surveyed feature and holds its climate. */
    DemoSeries along(BoatTransect transect, DemoStation reach, ProducerStyle style) {
        return new DemoSeries(reach.code() + "_" + shortCode, variable, description, reach, transect, transect,
                interval, decimals, style, sensor, signal, additionalColumns);
    }
}
