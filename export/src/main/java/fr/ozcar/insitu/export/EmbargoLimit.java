package fr.ozcar.insitu.export;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How far in time a viewer may read a dataset under embargo: the one place exports apply the embargo, to be
 * replaced by core.access's rule when the embargo issue lands it (that branch had no commits when exports
 * were written). The embargo is a rolling window: rows newer than {@code embargoDays} days are hidden from
 * everyone but the producer's data managers, administrators and the dataset's privileged users.
 *
 * <p>The window is counted from the start of the current UTC day, not from this instant: it hides a little
 * more, never less, and a download gives the same bytes all day long, so that it can be resumed.
 *
 * @param producerId      the dataset's producer
 * @param embargoDays     the embargo duration, or null when there is none
 * @param privilegedUsers e-mails of the dataset's {@code priviledgedUsers}, lower case
 */
record EmbargoLimit(String producerId, Integer embargoDays, Set<String> privilegedUsers) {

    /** The last time {@code viewer} may read at {@code now}, or empty when every row is readable. */
    Optional<Instant> lastReadable(Viewer viewer, Instant now) {
        if (embargoDays == null || embargoDays <= 0 || sees(viewer)) {
            return Optional.empty();
        }
        return Optional.of(now.truncatedTo(ChronoUnit.DAYS).minus(embargoDays, ChronoUnit.DAYS));
    }

    private boolean sees(Viewer viewer) {
        return viewer.has(Role.ADMINISTRATOR) || viewer.manages(producerId)
                || viewer.email().map(email -> privilegedUsers.contains(email.toLowerCase(Locale.ROOT))).orElse(false);
    }
}
