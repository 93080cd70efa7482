package fr.ozcar.insitu.web.streaming;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a response body that a blocking writer produces (rows read from a database cursor), through
 * a pipe written on a blocking thread, so that large answers go out while they are read and are never
 * held in memory. The status is decided before streaming starts: a failure midway cuts the body short.
 */
@Singleton
public class StreamedBody {

    private static final Logger LOG = LoggerFactory.getLogger(StreamedBody.class);
    private static final int PIPE_BUFFER = 64 * 1024;

    /** Writes a body to a stream; may fail with any exception once streaming has started. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws Exception;
    }

    private final ExecutorService writers;

    public StreamedBody(@Named(TaskExecutors.BLOCKING) ExecutorService writers) {
        this.writers = writers;
    }

    public MutableHttpResponse<StreamedFile> respond(HttpStatus status, MediaType type, String what, Writer writer) {
        try {
            PipedInputStream in = new PipedInputStream(PIPE_BUFFER);
            PipedOutputStream out = new PipedOutputStream(in);
            writers.execute(() -> {
                try (out) {
                    writer.writeTo(out);
                } catch (Exception e) {
                    LOG.warn("response {} cut short: {}", what, e.toString());
                }
            });
            return HttpResponse.<StreamedFile>status(status).contentType(type).body(new StreamedFile(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
