package fr.ozcar.insitu.core.deposit.convert;

import fr.ozcar.insitu.core.text.Count;
import fr.ozcar.insitu.core.text.SpreadsheetCells;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a plain table ({@code time;value[;flag]}) into a pivot data file: the four {@code #} header
 * lines, the column line, then one row per measurement with its time in UTC ISO 8601 and its value
 * with a decimal point. Streams: a table of any length takes constant memory. Every line it cannot
 * read is reported with its number, all at once, and no file is written in that case.
 */
public final class PlainTableConverter {

    /** A number as producers write it; a missing-value code such as -9999 is one too. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;
    private static final int MAX_PROBLEMS = 100;

    /** What the pivot file's header says. */
    public record Header(String observationId, String datasetTitle, String variableName) {
    }

    /** A line that could not be converted. */
    public record LineProblem(long line, String message) {
    }

    /** The outcome: rows written, or the problems (then nothing was written). */
    public record Result(long rows, List<LineProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final PlainTable table;

    public PlainTableConverter(PlainTable table) {
        this.table = table;
    }

    /**
     * Checks the whole table first, then writes it: {@code reread} opens the table again for the
     * second pass, so that a table with a bad line produces no half-written file.
     */
    public Result convert(IoSupplier<BufferedReader> reread, Header header, Writer out, Instant extractedAt)
            throws IOException {
        List<LineProblem> problems = new ArrayList<>();
        long rows;
        try (BufferedReader in = reread.get()) {
            rows = pass(in, null, problems);
        }
        if (!problems.isEmpty()) {
            return new Result(0, problems);
        }
        out.write("#Date_of_extraction;" + UTC.format(extractedAt) + ";\n");
        out.write("#Observation_ID;" + header.observationId() + ";\n");
        out.write("#Dataset_title;" + SpreadsheetCells.neutralise(header.datasetTitle()) + ";\n");
        out.write("#Variable_name;" + SpreadsheetCells.neutralise(header.variableName()) + ";\n");
        out.write("date_begin;date_end;latitude;longitude;altitude;value;qualityFlags;\n");
        try (BufferedReader in = reread.get()) {
            pass(in, out, problems);
        }
        out.flush();
        return new Result(rows, List.of());
    }

    /** Opens the table (again). */
    @FunctionalInterface
    public interface IoSupplier<T> {
        T get() throws IOException;
    }

    private long pass(BufferedReader in, Writer out, List<LineProblem> problems) throws IOException {
        long number = 0;
        long rows = 0;
        String separator = Pattern.quote(String.valueOf(table.separator()));
        for (String line; (line = in.readLine()) != null; ) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (number <= table.headerLines() || line.isBlank()) {
                continue;
            }
            String[] cells = line.split(separator, -1);
            if (cells.length < 2 || cells.length > 3) {
                problem(problems, number, "expected time" + table.separator() + "value[" + table.separator()
                        + "flag], found " + Count.of(cells.length, "column"));
                continue;
            }
            Instant time = time(cells[0].strip(), number, problems);
            String value = value(cells[1].strip(), number, problems);
            String flag = cells.length == 3 ? cells[2].strip() : "";
            if (flag.contains(";") || flag.contains("|")) {
                problem(problems, number, "a flag holds no ';' nor '|': " + flag);
                continue;
            }
            if (time == null || value == null) {
                continue;
            }
            rows++;
            if (out != null) {
                out.write(";" + UTC.format(time) + ";;;;" + value + ";" + flag + ";\n");
            }
        }
        return rows;
    }

    private Instant time(String text, long number, List<LineProblem> problems) {
        try {
            TemporalAccessor parsed = table.datePattern().parse(text);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return ZonedDateTime.from(parsed).toInstant();
            }
            return LocalDateTime.from(parsed).atZone(table.zone()).toInstant();
        } catch (DateTimeParseException e) {
            problem(problems, number, "'" + text + "' does not match the date pattern");
            return null;
        } catch (java.time.DateTimeException e) {
            problem(problems, number, "'" + text + "' is not a complete date and time: " + e.getMessage());
            return null;
        }
    }

    /** The value with a decimal point. */
    private static String value(String text, long number, List<LineProblem> problems) {
        if (text.isEmpty()) {
            problem(problems, number, "the value is empty: write the observation's missing-value code");
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            problem(problems, number, "'" + text + "' is not a number (decimal point or comma, no thousands"
                    + " separator)");
            return null;
        }
        return text.replace(',', '.');
    }

    private static void problem(List<LineProblem> problems, long number, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new LineProblem(number, message));
        }
    }
}
