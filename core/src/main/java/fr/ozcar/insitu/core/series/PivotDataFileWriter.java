package fr.ozcar.insitu.core.series;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.text.SpreadsheetCells;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * rows from a server-side cursor so that a series of any length needs constant memory. Only the rows
 * the viewer may see are written (the embargo, {@link EmbargoAccess}). Text cells are
 * {@linkplain SpreadsheetCells#neutralise neutralised} against spreadsheet formulas; the importer
 * reads them back as they were.
 */
public final class PivotDataFileWriter {

    private static final int FETCH_SIZE = 10_000;
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ISO_INSTANT;

    private final DataSource dataSource;
    private final EmbargoAccess embargo;

    public PivotDataFileWriter(DataSource dataSource, EmbargoAccess embargo) {
        this.dataSource = dataSource;
        this.embargo = embargo;
    }

    /**
     * The series {@code observationId} as {@code viewer} may see it, ready to be written, or empty when
     * there is no such series (a series whose rows are all hidden is found, and written without rows).
     */
    public Optional<DataFile> find(String observationId, Viewer viewer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SeriesHeader.load(connection, observationId).map(header -> new DataFile(header, viewer));
        }
    }

    /** One series' data file: found first (so that a caller can answer "not found" before streaming). */
    public final class DataFile {

        private final SeriesHeader header;
        private final Viewer viewer;

        private DataFile(SeriesHeader header, Viewer viewer) {
            this.header = header;
            this.viewer = viewer;
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
                connection.setAutoCommit(false); // a cursor needs a transaction, and so does the viewer
                try {
                    embargo.enter(connection, viewer);
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
        try (Statement session = connection.createStatement()) {
            session.execute("set local timezone = 'UTC'"); // times as text end in +00, turned into Z below
        }
        boolean additional = !header.additionalColumns().isEmpty();
        // PostgreSQL formats times and numbers as text (shortest exact digits), as its COPY does: the JVM only
        // moves characters, which is what makes this as fast as a raw COPY of the same rows
        try (PreparedStatement statement = connection.prepareStatement(
                "select time_begin::text, time::text, latitude::text, longitude::text, altitude::text, value::text,"
                        + " result, flags, " + (additional ? "additional" : "null::text[]")
                        + " from visible_measurement where series_id = ?"
                        + " and time >= coalesce(?, '-infinity'::timestamptz) and time <= coalesce(?, 'infinity'::timestamptz)"
                        + " order by time")) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setInt(1, header.seriesId());
            statement.setObject(2, options.from().map(PivotDataFileWriter::utc).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setObject(3, options.to().map(PivotDataFileWriter::utc).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
            String missing = options.missingAsEmpty() || header.missingValue() == null ? "" : header.missingValue();
            String latitude = stationCoordinate(header.latitude());
            String longitude = stationCoordinate(header.longitude());
            String altitude = stationCoordinate(header.altitude());
            try (ResultSet rows = statement.executeQuery()) {
                StringBuilder line = new StringBuilder(128);
                while (rows.next()) {
                    line.setLength(0);
                    String begin = rows.getString(1);
                    if (begin != null) {
                        appendTime(line, begin);
                    }
                    line.append(';');
                    appendTime(line, rows.getString(2));
                    line.append(';');
                    appendNumber(line, rows.getString(3), latitude);
                    appendNumber(line, rows.getString(4), longitude);
                    appendNumber(line, rows.getString(5), altitude);
                    String result = rows.getString(7);
                    if (result != null) {
                        line.append(SpreadsheetCells.neutralise(result)).append(';');
                    } else {
                        appendNumber(line, rows.getString(6), missing);
                    }
                    String flags = rows.getString(8);
                    if (flags != null) {
                        line.append(SpreadsheetCells.neutralise(flags));
                    }
                    line.append(';');
                    if (additional) {
                        appendAdditional(line, rows.getArray(9), header.additionalColumns().size());
                    }
                    line.append('\n');
                    out.append(line);
                }
            }
        }
    }

    /** {@code 2020-01-01 00:30:00.5+00} (PostgreSQL's text in UTC) as {@code 2020-01-01T00:30:00.5Z}. */
    private static void appendTime(StringBuilder line, String text) {
        line.append(text, 0, 10).append('T').append(text, 11, text.length() - 3).append('Z');
    }

    /** A number as PostgreSQL wrote it, in plain decimals (producers do not write exponents), else the default. */
    private static void appendNumber(StringBuilder line, String text, String otherwise) {
        if (text == null) {
            line.append(otherwise);
        } else if (text.indexOf('e') >= 0) {
            line.append(number(Double.parseDouble(text)));
        } else {
            line.append(text);
        }
        line.append(';');
    }

    private static String stationCoordinate(Double value) {
        return value == null ? "" : number(value);
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
