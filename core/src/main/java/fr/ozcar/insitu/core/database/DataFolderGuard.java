package fr.ozcar.insitu.core.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an embedded data folder ready to start on, after whatever ended the previous process.
 *
 * <p>The embedded PostgreSQL runs as a child process of the application and holds the folder's
 * {@code postmaster.pid}; the application holds the folder's {@code epg-lock}. A {@code kill -9}
 * of the application ends the second but not the first: the orphaned PostgreSQL keeps the folder, and
 * the next start waits for a server that cannot start ("Gave up waiting for server to start"). Here:
 * <ul>
 * <li>{@code epg-lock} held: a live application uses the folder; {@link DatabaseInUseException}, which
 * says so, instead of a stack trace.</li>
 * <li>{@code epg-lock} free but a PostgreSQL still serving this very folder: an orphan; it is stopped
 * (SIGTERM, PostgreSQL's "smart" shutdown: its client died with the application, so it ends at once;
 * anything uncommitted was rolled back, as after any crash) before the new server starts.</li>
 * </ul>
 */
final class DataFolderGuard {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolderGuard.class);

    /** zonky's lock file, held by the Java process that started PostgreSQL on this folder. */
    static final String LOCK_FILE = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private DataFolderGuard() {
    }

    static void prepare(Path dataDirectory) throws IOException {
        requireNoLiveOwner(dataDirectory);
        orphanedServer(dataDirectory).ifPresent(DataFolderGuard::stop);
    }

    private static void requireNoLiveOwner(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDirectory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        }
    }

    private static DatabaseInUseException inUse(Path dataDirectory) {
        return new DatabaseInUseException("the embedded database in " + dataDirectory.toAbsolutePath()
                + " is in use by another insitu process (the server, most likely). Import through the running"
                + " server instead: curl -X PUT -T XXXX.zip http://<server>/data/XXXX/new/ (or its page /deposit/);"
                + " or stop that process first.");
    }

    /** The PostgreSQL named by the folder's {@code postmaster.pid}, if it is alive and serves this folder. */
    static Optional<ProcessHandle> orphanedServer(Path dataDirectory) throws IOException {
        List<String> pidFile;
        try {
            pidFile = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (pidFile.size() < 2 || !pidFile.get(0).strip().matches("\\d+")) {
            return Optional.empty(); // half-written: PostgreSQL itself judges a damaged lock file
        }
        Path folder = dataDirectory.toRealPath();
        return ProcessHandle.of(Long.parseLong(pidFile.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                .filter(process -> servesFolder(Path.of(pidFile.get(1).strip()), folder));
    }

    /** Line 2 of postmaster.pid is the data folder as that server knows it: a reused pid names another. */
    private static boolean servesFolder(Path recorded, Path folder) {
        try {
            return recorded.toRealPath().equals(folder);
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle orphan) {
        LOG.warn("An embedded PostgreSQL (pid {}) outlived the process that started it (killed?): stopping it"
                + " before starting again on its data", orphan.pid());
        orphan.destroy();
        try {
            orphan.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            LOG.warn("The orphaned PostgreSQL (pid {}) did not stop within {}: killing it", orphan.pid(), STOP_WAIT);
            orphan.destroyForcibly();
            orphan.onExit().join();
        }
    }
}
