package fr.ozcar.insitu.core.series;

import fr.ozcar.insitu.core.text.SpreadsheetCells;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Writes one series back in the pivot data-file format it was deposited in ({@code ;}-separated,
 * four {@code #} header lines, ISO 8601 UTC times, the missing-value code for missing values), streaming
 * rows from a server-side cursor so that a series of any length needs constant memory. Text cells
 * are {@linkplain SpreadsheetCells#neutralise neutralised} against spreadsheet formulas; the importer
 * reads them back as they were.
 */
public final class PivotDataFileWriter {

    private static final int FETCH_SIZE = 10_000;
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ISO_INSTANT;

    private final DataSource dataSource;

    public PivotDataFileWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The series {@code observationId}, ready to be written, or empty when there is no such series. */
    public Optional<DataFile> find(String observationId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SeriesHeader.load(connection, observationId).map(DataFile::new);
        }
    }

    /** One series' data file: found first (so that a caller can answer "not found" before streaming). */
    public final class DataFile {

        private final SeriesHeader header;

        private DataFile(SeriesHeader header) {
            this.header = header;
        }

        public String fileName() {
            return header.observationId() + ".txt";
        }

        public String observationId() {
            return header.observationId();
        }

        /** The whole series as deposited, extracted now. */
        public void writeTo(Writer out) throws SQLException, IOException {
            writeTo(out, DataFileOptions.whole(Instant.now()));
        }

        /** The rows of {@code options}' window, with its extraction date, missing values and comment lines. */
        public void writeTo(Writer out, DataFileOptions options) throws SQLException, IOException {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false); // a cursor needs a transaction
                try {
                    writeHeader(header, options, out);
                    writeRows(connection, header, options, out);
                    out.flush();
                } finally {
                    connection.rollback();
                }
            }
        }
    }

    private static void writeHeader(SeriesHeader header, DataFileOptions options, Writer out) throws IOException {
        out.write("#Date_of_extraction;" + format(options.extractedAt().truncatedTo(ChronoUnit.SECONDS)) + ";\n");
        out.write("#Observation_ID;" + header.observationId() + ";\n");
        out.write("#Dataset_title;" + SpreadsheetCells.neutralise(header.datasetTitle()) + ";\n");
        out.write("#Variable_name;" + SpreadsheetCells.neutralise(header.propertyName()) + ";\n");
        for (String comment : options.commentLines()) {
            out.write('#');
            out.write(comment.replace('\n', ' ').replace('\r', ' '));
            out.write('\n');
        }
        out.write("date_begin;date_end;latitude;longitude;altitude;value;qualityFlags;");
        for (String column : header.additionalColumns()) {
            out.write(column);
            out.write(';');
        }
        out.write('\n');
    }

    private static void writeRows(Connection connection, SeriesHeader header, DataFileOptions options, Writer out)
            throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select time_begin, time, latitude, longitude, altitude, value, result, flags, additional"
                        + " from measurement where series_id = ?"
                        + " and time >= coalesce(?, '-infinity'::timestamptz) and time <= coalesce(?, 'infinity'::timestamptz)"
                        + " order by time")) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setInt(1, header.seriesId());
            statement.setObject(2, options.from().map(PivotDataFileWriter::utc).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setObject(3, options.to().map(PivotDataFileWriter::utc).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
            String missing = options.missingAsEmpty() || header.missingValue() == null ? "" : header.missingValue();
            try (ResultSet rows = statement.executeQuery()) {
                StringBuilder line = new StringBuilder(128);
                while (rows.next()) {
                    line.setLength(0);
                    Timestamp begin = rows.getTimestamp(1);
                    if (begin != null) {
                        line.append(format(begin.toInstant()));
                    }
                    line.append(';').append(format(rows.getTimestamp(2).toInstant())).append(';');
                    appendCoordinate(line, rows, 3, header.latitude());
                    appendCoordinate(line, rows, 4, header.longitude());
                    appendCoordinate(line, rows, 5, header.altitude());
                    line.append(valueText(rows, missing)).append(';');
                    String flags = rows.getString(8);
                    if (flags != null) {
                        line.append(SpreadsheetCells.neutralise(flags));
                    }
                    line.append(';');
                    appendAdditional(line, rows.getArray(9), header.additionalColumns().size());
                    line.append('\n');
                    out.append(line);
                }
            }
        }
    }

    private static String valueText(ResultSet rows, String missing) throws SQLException {
        String text = rows.getString(7);
        if (text != null) {
            return SpreadsheetCells.neutralise(text);
        }
        double value = rows.getDouble(6);
        if (rows.wasNull()) {
            return missing;
        }
        return number(value);
    }

    private static void appendCoordinate(StringBuilder line, ResultSet rows, int column, Double stationValue)
            throws SQLException {
        double value = rows.getDouble(column);
        if (!rows.wasNull()) {
            line.append(number(value));
        } else if (stationValue != null) {
            line.append(number(stationValue));
        }
        line.append(';');
    }

    private static void appendAdditional(StringBuilder line, Array additional, int columns) throws SQLException {
        String[] values = additional == null ? new String[0] : (String[]) additional.getArray();
        for (int i = 0; i < columns; i++) {
            if (i < values.length && values[i] != null) {
                line.append(SpreadsheetCells.neutralise(values[i]));
            }
            line.append(';');
        }
    }

    /** Shortest plain decimal that reads back as the same double (no exponent, as producers write). */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String format(Instant instant) {
        return ISO_SECONDS.format(instant);
    }
}
