package fr.ozcar.insitu.core.deposit.validate;

import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.Problems;
import fr.ozcar.insitu.core.model.AdditionalValue;
import fr.ozcar.insitu.core.model.MeasurementTimes;
import fr.ozcar.insitu.core.model.Observation;
import fr.ozcar.insitu.core.model.QualityFlag;
import fr.ozcar.insitu.core.model.SamplingFeature;
import fr.ozcar.insitu.core.text.Count;
import fr.ozcar.insitu.core.text.SpreadsheetCells;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one data file of an observation, row by row, checking every cell; used by both passes of an
 * import (validation reports, loading hands valid rows to COPY). Rows must come in strictly increasing
 * {@code date_end}: this finds duplicate timestamps in constant memory, whatever the file's size.
 */
public final class DataFileParser {

    /** Receives each valid row; see {@link DataRow} for its lifetime. */
    public interface RowSink {
        void row(DataRow row) throws IOException;
    }

    /** Told the number of rows read so far, every few thousand rows. */
    public interface RowCounter {
        void rowsRead(long rows);
    }

    private static final String[] HEADER_KEYS = {"Date_of_extraction", "Observation_ID", "Dataset_title",
            "Variable_name"};
    private static final int COUNT_EVERY = 8192;
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final Observation observation;
    private final int maxLineBytes;
    private final byte[] missingCode;
    private final double missingNumber;
    private final Set<String> flagCodes = new HashSet<>();
    private final long declaredBegin;
    private final long declaredEnd;

    public DataFileParser(Observation observation, int maxLineBytes) {
        this.observation = observation;
        this.maxLineBytes = maxLineBytes;
        String missing = observation.missingValue();
        this.missingCode = missing == null ? null : missing.getBytes(StandardCharsets.UTF_8);
        double number = missingCode == null ? Double.NaN : DecimalNumbers.parse(missingCode, 0, missingCode.length);
        this.missingNumber = number;
        for (QualityFlag flag : observation.qualityFlags()) {
            flagCodes.add(flag.code());
        }
        this.declaredBegin = observation.declaredBegin() == null ? Long.MIN_VALUE
                : observation.declaredBegin().getEpochSecond() * 1_000_000L + observation.declaredBegin().getNano() / 1000;
        this.declaredEnd = observation.declaredEnd() == null ? Long.MAX_VALUE
                : observation.declaredEnd().getEpochSecond() * 1_000_000L + observation.declaredEnd().getNano() / 1000;
    }

    /**
     * Reads {@code in} to its end, reporting problems located in {@code path}; valid rows go to {@code sink}
     * (null to validate only).
     */
    public DataFileSummary parse(InputStream in, String path, Problems problems, RowSink sink, RowCounter counter)
            throws IOException {
        return new Pass(new LineReader(in, maxLineBytes), path, problems, sink, counter).run();
    }

    /** The state of one read of one file. */
    private final class Pass {
        private final LineReader lines;
        private final String path;
        private final Problems problems;
        private final RowSink sink;
        private final RowCounter counter;
        private final DataRow row = new DataRow(DataFileColumns.FIRST_ADDITIONAL
                + observation.additionalValues().size());
        private int[] roleOfField;
        private int fieldCount;
        private int[] fieldStart = new int[16];
        private int[] fieldEnd = new int[16];
        private boolean errors;
        private long rows;
        private long previousTime = Long.MIN_VALUE;
        private Long firstTime;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private final BitSet years = new BitSet();
        private long outsideExtent;
        private long firstOutsideLine;
        private long sameSecond;
        private long firstSameSecondLine;
        private final PositionCache position = new PositionCache(observation.samplingFeature());
        private byte[] lastFlags = new byte[0];
        private boolean lastFlagsValid;

        Pass(LineReader lines, String path, Problems problems, RowSink sink, RowCounter counter) {
            this.lines = lines;
            this.path = path;
            this.problems = problems;
            this.sink = sink;
            this.counter = counter;
        }

        DataFileSummary run() throws IOException {
            if (readHeader()) {
                while (lines.next()) {
                    if (lines.length() == 0 && !lines.truncated()) {
                        continue; // blank lines (usually the last one) carry nothing
                    }
                    if (checkLine()) {
                        readRow();
                    }
                    if (++rows % COUNT_EVERY == 0 && counter != null) {
                        counter.rowsRead(rows);
                    }
                }
            }
            if (counter != null) {
                counter.rowsRead(rows);
            }
            if (outsideExtent > 0) {
                problems.add(Problem.warning("csv-outside-temporal-extent", Count.of(outsideExtent, "row")
                        + " " + Count.verb(outsideExtent, "is", "are") + " outside the observation's declared temporalExtent ("
                        + observation.declaredBegin() + " to " + observation.declaredEnd() + "): update it")
                        .inFile(path).at(firstOutsideLine, DataFileColumns.END + 1));
            }
            if (sameSecond > 0) {
                problems.add(Problem.warning("csv-same-second", Count.of(sameSecond, "row") + " "
                        + Count.verb(sameSecond, "ends", "end") + " less than a second after"
                        + " the previous row: SensorThings identifies an Observation by its series and whole second,"
                        + " so each shares the id of the row before it (that row answers for it)")
                        .inFile(path).at(firstSameSecondLine, DataFileColumns.END + 1));
            }
            if (rows == 0 && !errors) {
                problems.add(Problem.warning("csv-no-rows", "the data file has no measurement rows").inFile(path));
            }
            boolean numbers = min <= max;
            return new DataFileSummary(rows, firstTime, firstTime == null ? null : previousTime,
                    numbers ? min : null, numbers ? max : null, years, !errors);
        }

        private void error(String code, String message, long line, Integer column) {
            errors = true;
            problems.add(Problem.error(code, message).inFile(path).at(line, column));
        }

        /** The four '#' lines (then any '#' comment lines), then the column line. False when the rows cannot be interpreted. */
        private boolean readHeader() throws IOException {
            int headerLines = 0;
            while (lines.next()) {
                if (!checkLine()) {
                    return false;
                }
                String text = new String(lines.line(), 0, lines.length(), StandardCharsets.UTF_8);
                if (!text.startsWith("#")) {
                    // further '#' lines are comments: the richer header of our own CSV exports re-imports
                    if (headerLines < HEADER_KEYS.length) {
                        error("csv-bad-header", "a data file starts with " + HEADER_KEYS.length + " '#' lines ("
                                + String.join(", ", HEADER_KEYS) + "); found " + headerLines, lines.number(), null);
                    }
                    return readColumns(text);
                }
                String[] cells = text.substring(1).split(";", -1);
                if (headerLines < HEADER_KEYS.length) {
                    String expected = HEADER_KEYS[headerLines];
                    if (!cells[0].equals(expected)) {
                        error("csv-bad-header", "header line " + (headerLines + 1) + " must be '#" + expected
                                + ";…;', not '" + abbreviate(text) + "'", lines.number(), 1);
                    } else if (headerLines == 1 && (cells.length < 2 || !cells[1].equals(observation.id()))) {
                        error("csv-observation-mismatch", "the file declares observation '"
                                + (cells.length < 2 ? "" : cells[1]) + "' but is the data file of '"
                                + observation.id() + "'", lines.number(), 2);
                    }
                }
                headerLines++;
            }
            error("csv-no-column-line", "the data file ends before its column line (date_begin;date_end;…)",
                    lines.number(), null);
            return false;
        }

        private boolean readColumns(String text) {
            long line = lines.number();
            List<String> names = new ArrayList<>(Arrays.asList(text.split(";", -1)));
            if (names.size() > 1 && names.get(names.size() - 1).isEmpty()) {
                names.remove(names.size() - 1); // the usual trailing ';'
            }
            Map<String, Integer> roles = new HashMap<>(DataFileColumns.STANDARD);
            List<AdditionalValue> additional = observation.additionalValues();
            for (int i = 0; i < additional.size(); i++) {
                roles.put(additional.get(i).columnName(), DataFileColumns.FIRST_ADDITIONAL + i);
            }
            // Date_Begin, QualityFlags…: spreadsheet users capitalise headers; the role is as clear
            Map<String, Integer> rolesIgnoringCase = new HashMap<>();
            Set<String> sharedIgnoringCase = new HashSet<>();
            roles.forEach((name, role) -> {
                Integer other = rolesIgnoringCase.put(name.toLowerCase(Locale.ROOT), role);
                if (other != null && !other.equals(role)) {
                    sharedIgnoringCase.add(name.toLowerCase(Locale.ROOT));
                }
            });
            sharedIgnoringCase.forEach(rolesIgnoringCase::remove);
            roleOfField = new int[names.size()];
            boolean[] seen = new boolean[row.roles()];
            boolean ok = true;
            for (int i = 0; i < names.size(); i++) {
                Integer role = roles.get(names.get(i));
                if (role == null) {
                    role = rolesIgnoringCase.get(names.get(i).toLowerCase(Locale.ROOT));
                }
                if (role == null) {
                    error("csv-unknown-column", "unknown column '" + names.get(i) + "': expected the standard"
                            + " columns and the observation's additionalValues columnNames", line, i + 1);
                    ok = false;
                } else if (seen[role]) {
                    error("csv-duplicate-column", "column '" + names.get(i) + "' appears twice", line, i + 1);
                    ok = false;
                } else {
                    seen[role] = true;
                    roleOfField[i] = role;
                }
            }
            for (int role = 0; role < seen.length; role++) {
                if (!seen[role]) {
                    String name = role < DataFileColumns.FIRST_ADDITIONAL ? DataFileColumns.CANONICAL.get(role)
                            : additional.get(role - DataFileColumns.FIRST_ADDITIONAL).columnName();
                    error("csv-missing-column", "column '" + name + "' is missing from the column line", line, null);
                    ok = false;
                }
            }
            fieldCount = names.size();
            return ok;
        }

        /** Encoding and length; false (reported) when the line is unusable. */
        private boolean checkLine() {
            if (lines.truncated()) {
                error("csv-line-too-long", "the line is longer than " + maxLineBytes + " bytes", lines.number(), null);
                return false;
            }
            int bad = Utf8.firstInvalid(lines.line(), 0, lines.length());
            if (bad >= 0) {
                String why = lines.line()[bad] == 0
                        ? "the line holds a NUL character (byte " + (bad + 1) + "), which no text cell may contain"
                        : isUtf16ByteOrderMark() ? "the file is UTF-16 (spreadsheets' \"Unicode text\"): save it as UTF-8"
                        : "the line is not valid UTF-8 (byte " + (bad + 1) + "): save the file as UTF-8";
                error("csv-bad-encoding", why, lines.number(), fieldAt(bad));
                return false;
            }
            return true;
        }

        private boolean isUtf16ByteOrderMark() {
            byte[] line = lines.line();
            return lines.number() == 1 && lines.length() >= 2
                    && ((line[0] == (byte) 0xFF && line[1] == (byte) 0xFE) || (line[0] == (byte) 0xFE && line[1] == (byte) 0xFF));
        }

        private int fieldAt(int offset) {
            int field = 1;
            byte[] line = lines.line();
            for (int i = 0; i < offset; i++) {
                if (line[i] == ';') {
                    field++;
                }
            }
            return field;
        }

        private void readRow() throws IOException {
            byte[] line = lines.line();
            int length = lines.length();
            long number = lines.number();
            int fields = split(line, length);
            if (fields != fieldCount && !(fields == fieldCount + 1 && fieldStart[fieldCount] == length)) {
                error("csv-column-count", "the row has " + Count.of(fields, "field") + "; the column line has "
                        + fieldCount,
                        number, null);
                return;
            }
            for (int i = 0; i < fieldCount; i++) {
                // text cells exported by insitu carry a quote against spreadsheet formulas: read the original
                row.start[roleOfField[i]] = roleOfField[i] >= DataFileColumns.VALUE
                        ? SpreadsheetCells.restoredStart(line, fieldStart[i], fieldEnd[i]) : fieldStart[i];
                row.end[roleOfField[i]] = fieldEnd[i];
            }
            row.line = line;
            boolean ok = readTimes(line, number) & readPosition(line, number) & readValue(line, number)
                    & readFlags(line, number);
            if (!ok) {
                return;
            }
            if (sink != null) {
                sink.row(row);
            }
        }

        private int split(byte[] line, int length) {
            int count = 0;
            int start = 0;
            for (int i = 0; i <= length; i++) {
                if (i == length || line[i] == ';') {
                    if (count == fieldStart.length) {
                        fieldStart = Arrays.copyOf(fieldStart, count * 2);
                        fieldEnd = Arrays.copyOf(fieldEnd, count * 2);
                    }
                    fieldStart[count] = start;
                    fieldEnd[count] = i;
                    count++;
                    start = i + 1;
                }
            }
            return count;
        }

        private int column(int role) {
            for (int i = 0; i < roleOfField.length; i++) {
                if (roleOfField[i] == role) {
                    return i + 1;
                }
            }
            return 0;
        }

        private boolean readTimes(byte[] line, long number) {
            int from = row.start[DataFileColumns.END];
            int to = row.end[DataFileColumns.END];
            long end = UtcTimestamps.parseMicros(line, from, to);
            if (end == UtcTimestamps.INVALID) {
                error("csv-bad-date", "date_end '" + cell(line, from, to) + "' "
                        + UtcTimestamps.whyNot(text(line, from, to)), number, column(DataFileColumns.END));
                return false;
            }
            boolean ok = true;
            long begin = end;
            if (!row.isEmpty(DataFileColumns.BEGIN)) {
                int bFrom = row.start[DataFileColumns.BEGIN];
                int bTo = row.end[DataFileColumns.BEGIN];
                begin = UtcTimestamps.parseMicros(line, bFrom, bTo);
                if (begin == UtcTimestamps.INVALID) {
                    error("csv-bad-date", "date_begin '" + cell(line, bFrom, bTo) + "' "
                            + UtcTimestamps.whyNot(text(line, bFrom, bTo)) + " (or empty)", number,
                            column(DataFileColumns.BEGIN));
                    ok = false;
                    begin = end;
                } else if (begin > end) {
                    error("csv-date-end-before-begin", "date_end is before date_begin", number,
                            column(DataFileColumns.END));
                    ok = false;
                }
            }
            if (!MeasurementTimes.identifiable(UtcTimestamps.year(line, from))) {
                error("csv-date-out-of-range", "date_end " + cell(line, from, to) + " is not between the years "
                        + MeasurementTimes.FIRST_YEAR + " and " + MeasurementTimes.LAST_YEAR
                        + " that measurements can be identified in", number, column(DataFileColumns.END));
                return false;
            }
            if (previousTime != Long.MIN_VALUE && end <= previousTime) {
                if (end == previousTime) {
                    error("csv-duplicate-time", "date_end " + cell(line, from, to) + " repeats the previous row's:"
                            + " a series has one row per date_end", number, column(DataFileColumns.END));
                } else {
                    error("csv-time-not-increasing", "date_end " + cell(line, from, to) + " is before the previous"
                            + " row's: rows must be in increasing date_end order", number,
                            column(DataFileColumns.END));
                }
                return false;
            }
            if (previousTime != Long.MIN_VALUE && Math.floorDiv(end, MICROS_PER_SECOND)
                    == Math.floorDiv(previousTime, MICROS_PER_SECOND) && sameSecond++ == 0) {
                firstSameSecondLine = number;
            }
            if (begin < declaredBegin || end > declaredEnd) {
                if (outsideExtent++ == 0) {
                    firstOutsideLine = number;
                }
            }
            previousTime = end;
            if (firstTime == null) {
                firstTime = end;
            }
            row.timeMicros = end;
            row.beginMicros = begin;
            years.set(UtcTimestamps.year(line, from));
            return ok;
        }

        private boolean readPosition(byte[] line, long number) {
            String problem = position.check(row);
            if (problem == null) {
                return true;
            }
            int role = problem.startsWith("latitude") ? DataFileColumns.LATITUDE
                    : problem.startsWith("longitude") ? DataFileColumns.LONGITUDE : DataFileColumns.ALTITUDE;
            error("csv-bad-" + problem.substring(0, problem.indexOf(' ')), problem, number, column(role));
            return false;
        }

        private boolean readValue(byte[] line, long number) {
            int from = row.start[DataFileColumns.VALUE];
            int to = row.end[DataFileColumns.VALUE];
            row.missing = missingCode != null && Arrays.equals(line, from, to, missingCode, 0, missingCode.length);
            if (row.missing || !observation.numeric()) {
                return true;
            }
            double value = DecimalNumbers.parse(line, from, to);
            if (Double.isNaN(value)) {
                error("csv-bad-value", "value '" + cell(line, from, to) + "' is not a number"
                        + (missingCode == null ? " (the observation declares no missingValue code)"
                        : " nor the missing value code " + observation.missingValue()) + hint(line, from, to), number,
                        column(DataFileColumns.VALUE));
                return false;
            }
            if (value == missingNumber) {
                row.missing = true; // "-9999.90" written for the code "-9999.9"
                return true;
            }
            row.value = value;
            min = Math.min(min, value);
            max = Math.max(max, value);
            return true;
        }

        private boolean readFlags(byte[] line, long number) {
            int from = row.start[DataFileColumns.FLAGS];
            int to = row.end[DataFileColumns.FLAGS];
            if (from == to) {
                return true;
            }
            if (lastFlagsValid && Arrays.equals(line, from, to, lastFlags, 0, lastFlags.length)) {
                return true;
            }
            String cell = new String(line, from, to - from, StandardCharsets.UTF_8);
            for (String code : cell.split("\\|", -1)) {
                if (!flagCodes.contains(code)) {
                    error("csv-unknown-flag", "quality flag '" + code + "' is not in the observation's qualityFlags"
                            + " (" + String.join(", ", flagCodes.stream().sorted().toList()) + ")", number,
                            column(DataFileColumns.FLAGS));
                    lastFlagsValid = false;
                    return false;
                }
            }
            lastFlags = Arrays.copyOfRange(line, from, to);
            lastFlagsValid = true;
            return true;
        }
    }

    /**
     * What to change in a refused number cell that is a near miss: spaces around it, or a decimal comma
     * (refused rather than guessed: {@code 1,500} may be a thousands separator).
     */
    private static String hint(byte[] line, int from, int to) {
        String text = text(line, from, to);
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && !trimmed.equals(text)) {
            return ": remove the spaces around it";
        }
        if (text.indexOf(',') >= 0) {
            byte[] dotted = text.replace(',', '.').getBytes(StandardCharsets.UTF_8);
            if (!Double.isNaN(DecimalNumbers.parse(dotted, 0, dotted.length))) {
                return ": write the decimal separator as '.'";
            }
        }
        return "";
    }

    private static String cell(byte[] line, int from, int to) {
        return abbreviate(text(line, from, to));
    }

    private static String text(byte[] line, int from, int to) {
        return new String(line, from, to - from, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /**
     * Decides whether a row's latitude/longitude/altitude are the station's own. Rows of a fixed station
     * repeat the same text, so the last decision is reused while the cells' bytes do not change.
     */
    private static final class PositionCache {
        private final SamplingFeature station;
        private byte[] lastCells = new byte[0];
        private String lastProblem;
        private boolean lastAtStation;
        private double lastLongitude;
        private double lastLatitude;
        private double lastAltitude;
        private boolean known;

        PositionCache(SamplingFeature station) {
            this.station = station;
        }

        /** Null when valid (setting {@link DataRow#atStation}), else a message starting with the column name. */
        String check(DataRow row) {
            int from = row.start[DataFileColumns.LATITUDE];
            byte[] line = row.line;
            int latEnd = row.end[DataFileColumns.LATITUDE];
            int lonFrom = row.start[DataFileColumns.LONGITUDE];
            int lonEnd = row.end[DataFileColumns.LONGITUDE];
            int altFrom = row.start[DataFileColumns.ALTITUDE];
            int altEnd = row.end[DataFileColumns.ALTITUDE];
            int total = (latEnd - from) + (lonEnd - lonFrom) + (altEnd - altFrom) + 2;
            if (known && total == lastCells.length && same(line, from, latEnd, 0)
                    && same(line, lonFrom, lonEnd, latEnd - from + 1)
                    && same(line, altFrom, altEnd, latEnd - from + lonEnd - lonFrom + 2)) {
                row.atStation = lastAtStation;
                row.longitude = lastLongitude;
                row.latitude = lastLatitude;
                row.altitude = lastAltitude;
                return lastProblem;
            }
            lastCells = new byte[total];
            System.arraycopy(line, from, lastCells, 0, latEnd - from);
            lastCells[latEnd - from] = ';';
            System.arraycopy(line, lonFrom, lastCells, latEnd - from + 1, lonEnd - lonFrom);
            lastCells[latEnd - from + 1 + lonEnd - lonFrom] = ';';
            System.arraycopy(line, altFrom, lastCells, latEnd - from + lonEnd - lonFrom + 2, altEnd - altFrom);
            known = true;
            lastProblem = decide(row, line);
            lastAtStation = row.atStation;
            lastLongitude = row.longitude;
            lastLatitude = row.latitude;
            lastAltitude = row.altitude;
            return lastProblem;
        }

        private boolean same(byte[] line, int from, int to, int offset) {
            return Arrays.equals(line, from, to, lastCells, offset, offset + (to - from));
        }

        private String decide(DataRow row, byte[] line) {
            row.atStation = false;
            boolean noLat = row.isEmpty(DataFileColumns.LATITUDE);
            boolean noLon = row.isEmpty(DataFileColumns.LONGITUDE);
            boolean noAlt = row.isEmpty(DataFileColumns.ALTITUDE);
            if (noLat && noLon) {
                row.atStation = true; // no position given: the station's
                return noAlt ? null : "altitude is given without latitude and longitude: give all three or none";
            }
            if (noLat != noLon) {
                return (noLat ? "latitude" : "longitude") + " is empty while "
                        + (noLat ? "longitude" : "latitude") + " is given: give both or neither";
            }
            double lat = noLat ? Double.NaN : DecimalNumbers.parse(line, row.start[DataFileColumns.LATITUDE],
                    row.end[DataFileColumns.LATITUDE]);
            double lon = noLon ? Double.NaN : DecimalNumbers.parse(line, row.start[DataFileColumns.LONGITUDE],
                    row.end[DataFileColumns.LONGITUDE]);
            if (!noLat && (Double.isNaN(lat) || lat < -90 || lat > 90)) {
                return "latitude '" + cell(line, row.start[DataFileColumns.LATITUDE], row.end[DataFileColumns.LATITUDE])
                        + "' is not a latitude in degrees (-90 to 90)"
                        + hint(line, row.start[DataFileColumns.LATITUDE], row.end[DataFileColumns.LATITUDE]);
            }
            if (!noLon && (Double.isNaN(lon) || lon < -180 || lon > 180)) {
                return "longitude '" + cell(line, row.start[DataFileColumns.LONGITUDE],
                        row.end[DataFileColumns.LONGITUDE]) + "' is not a longitude in degrees (-180 to 180)"
                        + hint(line, row.start[DataFileColumns.LONGITUDE], row.end[DataFileColumns.LONGITUDE]);
            }
            Double alt = null;
            if (!noAlt) {
                double parsed = DecimalNumbers.parse(line, row.start[DataFileColumns.ALTITUDE],
                        row.end[DataFileColumns.ALTITUDE]);
                if (Double.isNaN(parsed)) {
                    return "altitude '" + cell(line, row.start[DataFileColumns.ALTITUDE],
                            row.end[DataFileColumns.ALTITUDE]) + "' is not a number of metres"
                            + hint(line, row.start[DataFileColumns.ALTITUDE], row.end[DataFileColumns.ALTITUDE]);
                }
                alt = parsed;
            }
            row.atStation = !noLat && lat == station.latitude() && lon == station.longitude()
                    && Objects.equals(alt, station.altitude());
            row.longitude = lon;
            row.latitude = lat;
            row.altitude = alt == null ? Double.NaN : alt;
            return null;
        }
    }
}
