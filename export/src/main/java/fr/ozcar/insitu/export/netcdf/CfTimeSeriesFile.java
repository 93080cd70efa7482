package fr.ozcar.insitu.export.netcdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import ucar.ma2.Array;
import ucar.ma2.ArrayChar;
import ucar.ma2.ArrayDouble;
import ucar.ma2.DataType;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;

/**
 * Writes one NetCDF-3 file of CF-1.8 Discrete Sampling Geometries, {@code featureType = "timeSeries"}, as a
 * contiguous ragged array: one feature per series ({@code timeseries} dimension, {@code station_id} with
 * {@code cf_role = "timeseries_id"}, its station's lat/lon/alt, {@code row_size} with
 * {@code sample_dimension = "obs"}), and the rows of all series one after the other along the unlimited
 * {@code obs} dimension, so series with different time axes share one file without padding.
 *
 * <p>Series of the same property, unit and flags share one data variable; in the rows of other series it holds
 * {@code _FillValue}. Rows are read from a database cursor and written {@value #CHUNK} at a time: memory is
 * bounded by one chunk whatever the size of the dataset.
 */
final class CfTimeSeriesFile {

    static final int CHUNK = 8192;
    static final double FILL = 9.969209968386869E36; // NetCDF's default double fill value
    static final String TIME_UNITS = "seconds since 1970-01-01 00:00:00 UTC";

    private final DataSource dataSource;

    CfTimeSeriesFile(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void write(Path file, DatasetMetadata metadata, List<NetcdfSeries> series, List<String> leftOut,
               Instant extractedAt) throws IOException, SQLException, InvalidRangeException {
        Set<String> names = new HashSet<>(Set.of("time", "time_bnds", "lat", "lon", "alt", "station_id",
                "station_name", "row_size", "quality_flags", "crs"));
        Map<NetcdfSeries.VariableKey, DataVariable> variables = new LinkedHashMap<>();
        for (NetcdfSeries one : series) {
            variables.computeIfAbsent(one.key(), key -> new DataVariable(DataVariable.uniqueName(key.propertyName(), names), key));
        }
        NetcdfFileWriter writer = NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf3, file.toString());
        boolean written = false;
        try {
            writer.setFill(true); // data variables of other series' rows read as _FillValue
            int nameLength = Math.max(1, series.stream().mapToInt(one -> Math.max(
                    utf8Length(one.slice().observationId()), utf8Length(one.stationName()))).max().orElse(1));
            int flagLength = Math.max(1, series.stream().mapToInt(one -> one.flags().flags().stream()
                    .mapToInt(flag -> flag.code().length() + 1).sum()).max().orElse(1));
            writer.addDimension(null, "timeseries", series.size());
            writer.addDimension(null, "name_strlen", nameLength);
            writer.addDimension(null, "nv", 2);
            writer.addDimension(null, "flag_strlen", flagLength);
            writer.addUnlimitedDimension("obs");
            Layout layout = define(writer, variables);
            new AcddAttributes(metadata, series, leftOut, extractedAt).addTo(writer);
            writer.create();

            writeFeatures(writer, series);
            int[] rowSizes = new int[series.size()];
            int record = 0;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false); // a cursor needs a transaction
                try {
                    for (int i = 0; i < series.size(); i++) {
                        NetcdfSeries one = series.get(i);
                        rowSizes[i] = writeRows(connection, writer, layout, variables.get(one.key()), one, record, flagLength);
                        record += rowSizes[i];
                    }
                } finally {
                    connection.rollback();
                }
            }
            writer.write(writer.findVariable("row_size"), Array.factory(rowSizes));
            written = true;
        } finally {
            if (written) {
                writer.close();
            } else {
                writer.abort();
            }
        }
    }

    /** The variables of a file, named once. */
    private record Layout(Variable time, Variable bounds, Variable flagText) {
    }

    private static Layout define(NetcdfFileWriter writer, Map<NetcdfSeries.VariableKey, DataVariable> variables) {
        Variable id = writer.addVariable(null, "station_id", DataType.CHAR, "timeseries name_strlen");
        attributes(writer, id, "long_name", "observation id (one feature per series)", "cf_role", "timeseries_id");
        Variable name = writer.addVariable(null, "station_name", DataType.CHAR, "timeseries name_strlen");
        attributes(writer, name, "long_name", "station name (persistent name of the sampling feature)");
        coordinate(writer, "lat", "latitude", "degrees_north", "Y");
        coordinate(writer, "lon", "longitude", "degrees_east", "X");
        Variable alt = coordinate(writer, "alt", "altitude", "m", "Z");
        writer.addVariableAttribute(alt, new Attribute("positive", "up"));
        Variable rowSize = writer.addVariable(null, "row_size", DataType.INT, "timeseries");
        attributes(writer, rowSize, "long_name", "number of observations of each series", "sample_dimension", "obs");

        Variable time = writer.addVariable(null, "time", DataType.DOUBLE, "obs");
        attributes(writer, time, "standard_name", "time", "long_name", "end of the measurement period (date_end)",
                "units", TIME_UNITS, "calendar", "standard", "axis", "T", "bounds", "time_bnds");
        Variable bounds = writer.addVariable(null, "time_bnds", DataType.DOUBLE, "obs nv");
        attributes(writer, bounds, "long_name", "measurement period: date_begin (date_end for an instantaneous value), date_end",
                "units", TIME_UNITS);
        Variable flagText = writer.addVariable(null, "quality_flags", DataType.CHAR, "obs flag_strlen");
        attributes(writer, flagText, "long_name", "quality flags as deposited (several codes separated by |)");

        for (DataVariable variable : variables.values()) {
            Variable data = writer.addVariable(null, variable.name(), DataType.DOUBLE, "obs");
            NetcdfSeries.VariableKey key = variable.key();
            attributes(writer, data, "long_name", key.propertyName(), "units", key.unit(),
                    "coordinates", "time lat lon alt station_id");
            writer.addVariableAttribute(data, new Attribute("_FillValue", FILL));
            if (key.standardName() != null) {
                writer.addVariableAttribute(data, new Attribute("standard_name", key.standardName()));
            }
            if (variable.hasQuality()) {
                writer.addVariableAttribute(data, new Attribute("ancillary_variables", variable.qualityName() + " quality_flags"));
                Variable quality = writer.addVariable(null, variable.qualityName(), DataType.SHORT, "obs");
                attributes(writer, quality, "long_name", "quality flag of " + key.propertyName() + " (its first code)",
                        "flag_meanings", variable.flagMeanings());
                if (key.standardName() != null) {
                    writer.addVariableAttribute(quality, new Attribute("standard_name", key.standardName() + " status_flag"));
                }
                writer.addVariableAttribute(quality, new Attribute("flag_values", Array.factory(variable.flagValues())));
                writer.addVariableAttribute(quality, new Attribute("_FillValue", (short) 0));
            }
        }
        return new Layout(time, bounds, flagText);
    }

    private static Variable coordinate(NetcdfFileWriter writer, String name, String standardName, String units, String axis) {
        Variable variable = writer.addVariable(null, name, DataType.DOUBLE, "timeseries");
        attributes(writer, variable, "standard_name", standardName, "long_name", "station " + standardName,
                "units", units, "axis", axis);
        writer.addVariableAttribute(variable, new Attribute("_FillValue", FILL));
        return variable;
    }

    private static void attributes(NetcdfFileWriter writer, Variable variable, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            writer.addVariableAttribute(variable, new Attribute(namesAndValues[i], namesAndValues[i + 1]));
        }
    }

    private static void writeFeatures(NetcdfFileWriter writer, List<NetcdfSeries> series)
            throws IOException, InvalidRangeException {
        int n = series.size();
        int length = writer.findVariable("station_id").getShape(1);
        ArrayChar.D2 ids = new ArrayChar.D2(n, length);
        ArrayChar.D2 names = new ArrayChar.D2(n, length);
        for (int i = 0; i < n; i++) {
            setUtf8(ids, i, series.get(i).slice().observationId());
            setUtf8(names, i, series.get(i).stationName());
        }
        writer.write(writer.findVariable("station_id"), ids);
        writer.write(writer.findVariable("station_name"), names);
        writer.write(writer.findVariable("lat"), doubles(series, NetcdfSeries::latitude));
        writer.write(writer.findVariable("lon"), doubles(series, NetcdfSeries::longitude));
        writer.write(writer.findVariable("alt"), doubles(series, NetcdfSeries::altitude));
    }

    private static Array doubles(List<NetcdfSeries> series, Function<NetcdfSeries, Double> value) {
        ArrayDouble.D1 values = new ArrayDouble.D1(series.size());
        for (int i = 0; i < series.size(); i++) {
            Double one = value.apply(series.get(i));
            values.set(i, one == null ? FILL : one);
        }
        return values;
    }

    /** Streams one series' rows into the file from record {@code start}; returns how many. */
    private static int writeRows(Connection connection, NetcdfFileWriter writer, Layout layout, DataVariable variable,
                                 NetcdfSeries series, int start, int flagLength)
            throws SQLException, IOException, InvalidRangeException {
        Chunk chunk = new Chunk(flagLength);
        int rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(
                "select extract(epoch from time)::float8, extract(epoch from time_begin)::float8, value, flags"
                        + " from measurement where series_id = ?"
                        + " and time >= coalesce(?, '-infinity'::timestamptz) and time <= coalesce(?, 'infinity'::timestamptz)"
                        + " order by time")) {
            statement.setFetchSize(CfTimeSeriesFile.CHUNK);
            statement.setInt(1, series.slice().seriesId());
            statement.setObject(2, series.slice().from().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setObject(3, series.slice().to().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    double end = row.getDouble(1);
                    double begin = row.getDouble(2);
                    if (row.wasNull()) {
                        begin = end;
                    }
                    double value = row.getDouble(3);
                    if (row.wasNull()) {
                        value = FILL;
                    }
                    chunk.add(end, begin, value, row.getString(4), variable);
                    rows++;
                    if (chunk.full()) {
                        chunk.writeTo(writer, layout, variable, start + rows - chunk.size);
                    }
                }
            }
        }
        chunk.writeTo(writer, layout, variable, start + rows - chunk.size);
        return rows;
    }

    /** Up to {@value #CHUNK} rows waiting to be written. */
    private static final class Chunk {
        private final double[] time = new double[CHUNK];
        private final double[] bounds = new double[CHUNK * 2];
        private final double[] values = new double[CHUNK];
        private final short[] quality = new short[CHUNK];
        private final List<String> flags = new ArrayList<>(CHUNK);
        private final int flagLength;
        private int size;

        Chunk(int flagLength) {
            this.flagLength = flagLength;
        }

        void add(double end, double begin, double value, String flagText, DataVariable variable) {
            time[size] = end;
            bounds[2 * size] = begin;
            bounds[2 * size + 1] = end;
            values[size] = value;
            quality[size] = variable.flagValue(flagText);
            flags.add(flagText == null ? "" : flagText);
            size++;
        }

        boolean full() {
            return size == CHUNK;
        }

        void writeTo(NetcdfFileWriter writer, Layout layout, DataVariable variable, int record)
                throws IOException, InvalidRangeException {
            if (size == 0) {
                return;
            }
            int[] origin = {record};
            writer.write(layout.time(), origin, slice(time, size));
            writer.write(layout.bounds(), new int[] {record, 0}, Array.factory(DataType.DOUBLE, new int[] {size, 2},
                    Arrays.copyOf(bounds, 2 * size)));
            writer.write(writer.findVariable(variable.name()), origin, slice(values, size));
            if (variable.hasQuality()) {
                writer.write(writer.findVariable(variable.qualityName()), origin,
                        Array.factory(DataType.SHORT, new int[] {size}, Arrays.copyOf(quality, size)));
            }
            ArrayChar.D2 text = new ArrayChar.D2(size, flagLength);
            for (int i = 0; i < size; i++) {
                setUtf8(text, i, flags.get(i));
            }
            writer.write(layout.flagText(), new int[] {record, 0}, text);
            size = 0;
            flags.clear();
        }

        private static Array slice(double[] values, int size) {
            return Array.factory(DataType.DOUBLE, new int[] {size}, Arrays.copyOf(values, size));
        }
    }

    /** NetCDF-3 characters are bytes: text goes in as its UTF-8 bytes, which ncdump and readers decode. */
    private static void setUtf8(ArrayChar.D2 array, int row, String text) {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(bytes.length, array.getShape()[1]);
        for (int i = 0; i < length; i++) {
            array.set(row, i, (char) (bytes[i] & 0xff));
        }
    }

    private static int utf8Length(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
