package fr.ozcar.insitu.sensorthings.write;

import fr.ozcar.insitu.core.access.Viewer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Who may write which producer's entities, and which producer a new Thing belongs to.
 *
 * <p>A producer's data managers (and administrators) write that producer's entities only
 * ({@link Viewer#manages}). With open writes ({@code insitu.sta.open-writes}, for a scratch instance
 * that runs the OGC test suite) anyone may write.
 */
final class WriteAccess {

    private final Viewer viewer;
    private final boolean openWrites;

    WriteAccess(Viewer viewer, boolean openWrites) {
        this.viewer = viewer;
        this.openWrites = openWrites;
    }

    /** Refuses unless the caller may write the producer's entities: 401 when anonymous, else 403. */
    void check(String producerId) {
        if (openWrites || viewer.manages(producerId)) {
            return;
        }
        if (viewer.isAnonymous()) {
            throw new WriteRefused(401, "SensorThings writes need an identity: sign in or send a token of a data"
                    + " manager of producer " + producerId);
        }
        throw new WriteRefused(403, "you do not manage producer " + producerId + ": its entities are written by its"
                + " data managers only");
    }

    /**
     * The producer of a new Thing: {@code properties.producerId} when given, else the one producer the
     * caller manages; a 400 when neither decides it (an administrator or a manager of several
     * producers must name one).
     */
    String producerOf(String declared, JsonFields thing) {
        if (declared != null) {
            return declared;
        }
        List<String> managed = List.copyOf(viewer.managedProducers());
        if (managed.size() == 1) {
            return managed.get(0);
        }
        thing.error("properties.producerId", "missing: cannot decide the producer of this Thing"
                + (managed.isEmpty() ? "" : " (you manage " + String.join(", ", managed.stream().sorted().toList()) + ")")
                + "; name it, e.g. \"properties\": {\"producerId\": \"CATC\"}");
        return null;
    }

    /**
     * Serialises this transaction with imports of the producer (which take the same lock exclusively,
     * {@code DepositLoader.lockProducer}), while SensorThings writes of one producer run side by side.
     */
    static void lockShared(Connection connection, String producerId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_advisory_xact_lock_shared(hashtext('insitu-import'), hashtext(?))")) {
            lock.setString(1, producerId);
            lock.execute();
        }
    }
}
