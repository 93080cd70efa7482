package fr.ozcar.insitu.web.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The upload spool ({@code <data-dir>/uploads}) holds a file only while its upload or job lasts: each
 * may be gigabytes, and files left behind by failed uploads or killed processes used to pile up.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadSpoolTest extends ServerOnTestDatabase {

    private Path dataDirectory;

    @Inject
    EmbeddedServer server;

    /** What a process killed mid-upload and mid-import leaves in the spool, before this server starts. */
    @Override
    protected Map<String, String> extraProperties() {
        try {
            dataDirectory = Files.createTempDirectory("insitu-spool");
            Path uploads = Files.createDirectories(dataDirectory.resolve("uploads"));
            Files.write(uploads.resolve("5d1c7a52-killed-mid-upload.zip"), new byte[1 << 20]);
            Files.write(uploads.resolve("0b8e4f11-killed-mid-import.zip"), new byte[1 << 20]);
            return Map.of("insitu.data-dir", dataDirectory.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theServerStartsWithAnEmptySpool() throws Exception {
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void aClientThatDisconnectsMidUploadLeavesNoSpoolFile() throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /data/AGRH/new/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/zip\r\n"
                    + "Authorization: " + adminAuthorization() + "\r\n"
                    + "Content-Length: " + (64 << 20) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 16];
            for (int i = 0; i < 64; i++) { // 4 MiB of the announced 64
                out.write(chunk);
            }
            out.flush();
            waitUntil(() -> spoolFiles() == 1, "the upload is being spooled");
        } // the client goes away

        waitUntil(() -> spoolFiles() == 0, "the partial spool file is deleted");
    }

    private long spoolFiles() {
        Path uploads = dataDirectory.resolve("uploads");
        if (!Files.isDirectory(uploads)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(uploads)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("within 15 s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
