package fr.ozcar.insitu.web.streaming;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a response body that a blocking writer produces (rows read from a database cursor) on a
 * blocking thread, so that large answers go out while they are read. Between the writer and the
 * client sits a {@link SpoolPipe}: the writer never waits for a slow or stalled client (what the client
 * has not read yet is kept in memory up to {@code insitu.streaming.memory-buffer}, then in a temporary
 * file up to {@code insitu.streaming.spool-limit}), so it finishes and gives its database connection
 * back at database speed; only a body larger than the spool makes it wait for the client, at most
 * {@code insitu.streaming.write-timeout}, after which it fails and releases the connection. The status
 * is decided before streaming starts: a failure midway cuts the body short.
 *
 * <p>When the client hangs up, the reading end of the pipe is closed, so the writer's next write fails
 * and it releases its cursor and database connection, and the spool is dropped. Micronaut closes the
 * stream it reads when a connection drops midway, but not when the client is gone before the answer
 * starts, hence the watch on the connection itself.
 */
@Singleton
public class StreamedBody {

    private static final Logger LOG = LoggerFactory.getLogger(StreamedBody.class);

    /** Writes a body to a stream; may fail with any exception once streaming has started. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws Exception;
    }

    private final ExecutorService writers;
    private final long memoryBuffer;
    private final long spoolLimit;
    private final Duration writeTimeout;

    public StreamedBody(@Named(TaskExecutors.BLOCKING) ExecutorService writers,
                        @Value("${insitu.streaming.memory-buffer:262144}") long memoryBuffer,
                        @Value("${insitu.streaming.spool-limit:67108864}") long spoolLimit,
                        @Value("${insitu.streaming.write-timeout:30s}") Duration writeTimeout) {
        this.writers = writers;
        this.memoryBuffer = memoryBuffer;
        this.spoolLimit = spoolLimit;
        this.writeTimeout = writeTimeout;
    }

    /** The answer to {@code request}, its body written by {@code writer} until done or the client hangs up. */
    public MutableHttpResponse<StreamedFile> respond(HttpRequest<?> request, HttpStatus status, MediaType type,
                                                     String what, Writer writer) {
        SpoolPipe pipe = new SpoolPipe(memoryBuffer, spoolLimit, writeTimeout);
        InputStream in = pipe.input();
        OutputStream out = pipe.output();
        HangUpWatch watch = HangUpWatch.closing(request, in);
        pipe.whenRead(watch::stop);
        writers.execute(() -> {
            try (out) {
                writer.writeTo(out);
            } catch (Exception e) {
                if (watch.hungUp()) {
                    LOG.debug("response {} abandoned: the client hung up", what);
                } else {
                    LOG.warn("response {} cut short: {}", what, e.toString());
                }
            }
        });
        return HttpResponse.<StreamedFile>status(status).contentType(type).body(new StreamedFile(in, type));
    }

    /** Closes a pipe's reading end when the request's connection closes. */
    private record HangUpWatch(ChannelFuture closed, ChannelFutureListener listener) {

        static HangUpWatch closing(HttpRequest<?> request, InputStream in) {
            if (!(request instanceof NettyHttpRequest<?> netty)) {
                return new HangUpWatch(null, null);
            }
            ChannelFuture closed = netty.getChannelHandlerContext().channel().closeFuture();
            ChannelFutureListener listener = future -> {
                try {
                    in.close();
                } catch (IOException e) {
                    // a pipe's reading end closes without failing
                }
            };
            closed.addListener(listener);
            return new HangUpWatch(closed, listener);
        }

        boolean hungUp() {
            return closed != null && closed.isDone();
        }

        /** A keep-alive connection outlives its requests: it must not keep every finished pipe alive. */
        void stop() {
            if (closed != null) {
                closed.removeListener(listener);
            }
        }
    }
}
