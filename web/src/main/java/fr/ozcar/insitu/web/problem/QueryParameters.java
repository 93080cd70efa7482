package fr.ozcar.insitu.web.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads query parameters and collects every bad one, so that the answer lists them all at once (a
 * {@code 400} whose {@code errors} are {@link QueryParameterError}s). Absent or blank parameters take
 * their default.
 */
public final class QueryParameters {

    private final List<QueryParameterError> errors = new ArrayList<>();

    /** An ISO 8601 instant with its offset, or a day ({@code 2020-06-01}: its first instant in UTC); null when absent. */
    public Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADay) {
                reject(name, "'" + text + "' is neither an ISO 8601 UTC instant (2020-06-01T00:00:00Z) nor a day (2020-06-01)");
                return null;
            }
        }
    }

    public Integer integer(String name, String text, Integer absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        reject(name, "'" + text + "' is not a whole number from " + min + " to " + max);
        return absent;
    }

    public void checkOrder(Instant from, Instant to) {
        if (from != null && to != null && to.isBefore(from)) {
            reject("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    public void reject(String name, String message) {
        errors.add(new QueryParameterError(name, message));
    }

    public boolean allGood() {
        return errors.isEmpty();
    }

    /** The 400 listing every bad parameter. */
    public HttpResponse<Problem> problem() {
        return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", "bad query parameters")
                .withErrors(List.copyOf(errors)).toResponse();
    }
}
