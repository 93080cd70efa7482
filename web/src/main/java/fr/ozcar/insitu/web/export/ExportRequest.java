package fr.ozcar.insitu.web.export;

import fr.ozcar.insitu.export.ExportFormat;
import fr.ozcar.insitu.export.ExportFormats;
import fr.ozcar.insitu.export.ExportOptions;
import fr.ozcar.insitu.export.ExportRefused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of a direct download, checked all at once: {@code format} (required), {@code from} and
 * {@code to} (a year {@code 2020}, a day {@code 2020-01-31} or an instant {@code 2020-01-31T12:00:00Z}; a year or
 * a day as {@code to} means its end), {@code missing} ({@code code}, the default, or {@code empty}) and
 * {@code header} ({@code standard}, the default, or {@code citation}).
 */
record ExportRequest(ExportFormat format, ExportOptions options) {

    /** A parameter that cannot be understood: its name and why. */
    record Invalid(String parameter, String detail) {
    }

    /** Thrown with every invalid parameter of a request. */
    static final class InvalidParameters extends RuntimeException {
        private final List<Invalid> invalid;

        InvalidParameters(List<Invalid> invalid) {
            super(invalid.size() + " invalid parameters");
            this.invalid = List.copyOf(invalid);
        }

        List<Invalid> invalid() {
            return invalid;
        }
    }

    static ExportRequest parse(ExportFormats formats, String format, String from, String to, String missing,
                               String header) {
        List<Invalid> invalid = new ArrayList<>();
        Optional<ExportFormat> chosen = Optional.empty();
        if (format == null || format.isBlank()) {
            invalid.add(new Invalid("format", "required: one of " + formats.names()));
        } else {
            chosen = formats.named(format);
            if (chosen.isEmpty()) {
                invalid.add(new Invalid("format", "unknown format '" + format + "': one of " + formats.names()));
            }
        }
        Optional<Instant> start = time("from", from, false, invalid);
        Optional<Instant> end = time("to", to, true, invalid);
        boolean missingAsEmpty = choice("missing", missing, Map.of("code", false, "empty", true), invalid);
        boolean citation = choice("header", header, Map.of("standard", false, "citation", true), invalid);
        if (!invalid.isEmpty()) {
            throw new InvalidParameters(invalid);
        }
        try {
            return new ExportRequest(chosen.orElseThrow(), new ExportOptions(start, end, missingAsEmpty, citation));
        } catch (ExportRefused e) {
            throw new InvalidParameters(List.of(new Invalid("from", e.getMessage())));
        }
    }

    private static Optional<Instant> time(String parameter, String text, boolean end, List<Invalid> invalid) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            if (text.matches("\\d{4}")) {
                Year year = Year.parse(text);
                return Optional.of((end ? year.plusYears(1) : year).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                        .minusNanos(end ? 1000 : 0));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(text);
                return Optional.of((end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC)
                        .minusNanos(end ? 1000 : 0));
            }
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            invalid.add(new Invalid(parameter, "'" + text + "' is not a year (2020), a day (2020-01-31)"
                    + " or a UTC instant (2020-01-31T12:00:00Z)"));
            return Optional.empty();
        }
    }

    private static boolean choice(String parameter, String text, Map<String, Boolean> values, List<Invalid> invalid) {
        if (text == null || text.isBlank()) {
            return false;
        }
        Boolean value = values.get(text);
        if (value == null) {
            invalid.add(new Invalid(parameter, "'" + text + "' is not one of " + values.keySet()));
            return false;
        }
        return value;
    }
}
