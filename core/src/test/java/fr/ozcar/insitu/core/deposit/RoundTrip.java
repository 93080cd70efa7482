package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares what a data file says with what the database holds for its series, value by value, read
 * back the way any reader of the measurement table would: a null position is the station's, a null
 * value is the missing value code. The file is parsed here independently of the importer.
 */
final class RoundTrip {

    /** One measurement as a reader sees it. */
    record Measurement(Instant time, Instant begin, Double value, String result, String flags,
                       Double longitude, Double latitude, Double altitude, List<String> additional) {
    }

    private RoundTrip() {
    }

    /** The rows of a pivot data file, with the station's position where the file gives none. */
    static List<Measurement> expected(InputStream file, boolean numeric, String missingCode, double[] station)
            throws IOException {
        List<Measurement> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8));
        List<String> columns = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            line = line.replace("\uFEFF", "");
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>(Arrays.asList(line.split(";", -1)));
            if (columns == null) {
                columns = cells;
                continue;
            }
            String end = cell(columns, cells, "date_end", "dateEnd");
            String begin = cell(columns, cells, "date_begin", "dateBeg");
            String value = cell(columns, cells, "value", null);
            String lat = cell(columns, cells, "latitude", null);
            String lon = cell(columns, cells, "longitude", null);
            String alt = cell(columns, cells, "altitude", null);
            boolean missing = value.equals(missingCode) || (numeric && missingCode != null
                    && isNumber(missingCode) && isNumber(value)
                    && Double.parseDouble(value) == Double.parseDouble(missingCode));
            List<String> additional = new ArrayList<>();
            int flagsColumn = columns.indexOf("qualityFlags");
            for (int i = flagsColumn + 1; i < columns.size(); i++) {
                if (!columns.get(i).isEmpty()) {
                    additional.add(cells.get(i));
                }
            }
            String flags = cell(columns, cells, "qualityFlags", null);
            boolean noPosition = lat.isEmpty() && lon.isEmpty();
            rows.add(new Measurement(Instant.parse(end), begin.isEmpty() ? null : Instant.parse(begin),
                    numeric && !missing ? Double.valueOf(Double.parseDouble(value)) : null,
                    !numeric && !missing ? value : null,
                    flags.isEmpty() ? null : flags,
                    noPosition ? station[0] : Double.valueOf(lon),
                    noPosition ? station[1] : Double.valueOf(lat),
                    noPosition ? nullable(station[2]) : alt.isEmpty() ? null : Double.valueOf(alt),
                    additional.isEmpty() ? null : additional));
        }
        return rows;
    }

    private static Double nullable(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String cell(List<String> columns, List<String> cells, String name, String alias) {
        int index = columns.indexOf(name);
        if (index < 0) {
            index = columns.indexOf(alias);
        }
        return cells.get(index);
    }

    /** The station position [lon, lat, alt or NaN] of an observation. */
    static double[] station(Connection connection, String observationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select f.longitude, f.latitude, f.altitude"
                + " from series s join sampling_feature f on f.id = s.sampling_feature_id where s.observation_id = ?")) {
            select.setString(1, observationId);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("series " + observationId).isTrue();
                double longitude = rows.getDouble(1);
                double latitude = rows.getDouble(2);
                double altitude = rows.getDouble(3);
                return new double[] {longitude, latitude, rows.wasNull() ? Double.NaN : altitude};
            }
        }
    }

    /** The stored rows of a series in time order, positions defaulted to the station's. */
    static List<Measurement> stored(Connection connection, String observationId) throws SQLException {
        double[] station = station(connection, observationId);
        List<Measurement> measurements = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select m.time, m.time_begin, m.value,"
                + " m.result, m.flags, m.longitude, m.latitude, m.altitude, m.additional from measurement m"
                + " join series s on s.id = m.series_id where s.observation_id = ? order by m.time")) {
            select.setString(1, observationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    boolean atStation = rows.getObject(6) == null && rows.getObject(7) == null;
                    Array additional = rows.getArray(9);
                    measurements.add(new Measurement(
                            rows.getObject(1, OffsetDateTime.class).toInstant(),
                            rows.getObject(2) == null ? null : rows.getObject(2, OffsetDateTime.class).toInstant(),
                            (Double) rows.getObject(3), rows.getString(4), rows.getString(5),
                            atStation ? station[0] : (Double) rows.getObject(6),
                            atStation ? station[1] : (Double) rows.getObject(7),
                            atStation ? nullable(station[2]) : (Double) rows.getObject(8),
                            additional == null ? null : List.of((String[]) additional.getArray())));
                }
            }
        }
        return measurements;
    }
}
