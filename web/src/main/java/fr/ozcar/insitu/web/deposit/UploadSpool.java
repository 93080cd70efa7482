package fr.ozcar.insitu.web.deposit;

import fr.ozcar.insitu.core.deposit.ImportLimits;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Streams uploaded deposits to files under {@code <data-dir>/uploads}: a deposit is read twice by the
 * importer and may be gigabytes, so it is never held in memory. The size limit is enforced while
 * copying, so an oversized upload is cut off without filling the disk.
 */
@Singleton
public class UploadSpool {

    private final Path directory;
    private final long maxBytes;

    public UploadSpool(@Value("${insitu.data-dir:data}") String dataDir, ImportLimits limits) {
        this.directory = Path.of(dataDir, "uploads");
        this.maxBytes = limits.maxArchiveBytes();
    }

    /** Copies {@code body} to a new spool file and returns it; the caller deletes it when done. */
    public Path store(InputStream body, String suffix) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(UUID.randomUUID() + suffix);
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int read; (read = body.read(buffer)) >= 0; ) {
                    total += read;
                    if (total > maxBytes) {
                        out.close();
                        Files.deleteIfExists(file);
                        throw new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                                "the upload exceeds the limit of " + maxBytes + " bytes (insitu.import.max-archive-bytes)");
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool the upload", e);
        }
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
