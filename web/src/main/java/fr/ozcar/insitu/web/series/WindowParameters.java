package fr.ozcar.insitu.web.series;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code from} / {@code to} (and {@code maxPoints}) query parameters of the series resources, read
 * leniently enough for people (a day {@code 2020-06-01} is its first instant in UTC) and strictly
 * otherwise: every bad parameter is collected so that the answer lists them all.
 */
final class WindowParameters {

    private final List<QueryParameterError> errors = new ArrayList<>();

    /** An ISO 8601 instant with its offset, or a day; null when absent. */
    Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADay) {
                errors.add(new QueryParameterError(name, "'" + text
                        + "' is neither an ISO 8601 UTC instant (2020-06-01T00:00:00Z) nor a day (2020-06-01)"));
                return null;
            }
        }
    }

    int integer(String name, String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        errors.add(new QueryParameterError(name, "'" + text + "' is not a whole number from " + min + " to " + max));
        return absent;
    }

    void checkOrder(Instant from, Instant to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new QueryParameterError("to", "'to' (" + to + ") is before 'from' (" + from + ")"));
        }
    }

    List<QueryParameterError> errors() {
        return List.copyOf(errors);
    }
}
