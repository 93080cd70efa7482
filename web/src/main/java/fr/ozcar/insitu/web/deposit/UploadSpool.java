package fr.ozcar.insitu.web.deposit;

import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.text.Count;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams uploaded deposits to files under {@code <data-dir>/uploads}: a deposit is read twice by the
 * importer and may be gigabytes, so it is never held in memory. The size limit is enforced while
 * copying, so an oversized upload is cut off without filling the disk.
 *
 * <p>A spool file lives only as long as its request or job: it is deleted when the upload fails for
 * any reason (a client that disconnects mid-upload included) and when its job ends. What a killed
 * process left behind is deleted when the server starts, before it accepts an upload.
 */
@Singleton
public class UploadSpool implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(UploadSpool.class);

    private final Path directory;
    private final long maxBytes;

    public UploadSpool(@Value("${insitu.data-dir:data}") String dataDir, ImportLimits limits) {
        this.directory = Path.of(dataDir, "uploads");
        this.maxBytes = limits.maxArchiveBytes();
    }

    /** Copies {@code body} to a new spool file and returns it; the caller deletes it when done. */
    public Path store(InputStream body, String suffix) {
        Path file = directory.resolve(UUID.randomUUID() + suffix);
        try {
            Files.createDirectories(directory);
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int read; (read = body.read(buffer)) >= 0; ) {
                    total += read;
                    if (total > maxBytes) {
                        throw new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                                "the upload exceeds the limit of " + maxBytes + " bytes (insitu.import.max-archive-bytes)");
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("cannot spool the upload", e);
        } catch (RuntimeException | Error e) { // the client went away, the upload was too large, …
            delete(file);
            throw e;
        }
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete the spool file {}", file, e);
        }
    }

    /** At start no upload is under way: whatever is in the spool was left by a process that died. */
    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                delete(file);
                deleted++;
            }
        } catch (IOException e) {
            LOG.warn("cannot clean the upload spool {}", directory, e);
        }
        if (deleted > 0) {
            LOG.info("Deleted {} left by a previous process in {}", Count.of(deleted, "upload spool file"), directory);
        }
    }
}
