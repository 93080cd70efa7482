package fr.ozcar.insitu.export.netcdf;

import fr.ozcar.insitu.export.FlagDictionary;
import fr.ozcar.insitu.export.SeriesSlice;
import java.time.Instant;

/**
 * One series as a feature of a CF timeSeries file: its station and what its values are.
 *
 * @param standardName the CF standard name of its thesaurus variable, or null
 * @param first        its first row's time (from the series summary)
 * @param last         its last row's time
 */
record NetcdfSeries(SeriesSlice slice, String stationName, Double latitude, Double longitude, Double altitude,
                    String propertyName, String unit, String variableIri, String standardName,
                    FlagDictionary flags, Instant first, Instant last) {

    /** Series of the same property, unit and flags share one data variable (e.g. air temperature at 3 stations). */
    VariableKey key() {
        return new VariableKey(propertyName, unit, standardName, flags);
    }

    /** What makes two series' values one data variable. */
    record VariableKey(String propertyName, String unit, String standardName, FlagDictionary flags) {
    }
}
