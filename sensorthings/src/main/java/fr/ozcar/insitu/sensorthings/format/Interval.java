package fr.ozcar.insitu.sensorthings.format;

import java.time.Instant;

/** A time interval; an instant when start equals end. */
public record Interval(Instant start, Instant end) {

    /** ISO 8601: {@code start/end}, or the instant alone. */
    public String iso() {
        if (start == null && end == null) {
            return null;
        }
        if (start == null || end == null || start.equals(end)) {
            return String.valueOf(start == null ? end : start);
        }
        return start + "/" + end;
    }
}
