package fr.ozcar.insitu.core.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default: a private PostgreSQL (zonky binaries) whose data folder survives restarts,
 * so that the server runs with no installation and no configuration.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port} (0 = any free port) with its data in {@code dataDirectory};
     * an existing cluster there is reused, and a server that outlived its killed application is
     * stopped first (see {@link DataFolderGuard}).
     *
     * @throws DatabaseInUseException when a live application uses that folder
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            DataFolderGuard.prepare(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("synchronous_commit", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Starts a throwaway PostgreSQL whose data is deleted at close (tests, benchmarks). */
    public static EmbeddedDatabase startTemporary() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a temporary embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of database {@code name} on this server (user postgres, no password). */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://localhost:" + port() + "/" + name;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
