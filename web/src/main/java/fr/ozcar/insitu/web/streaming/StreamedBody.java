package fr.ozcar.insitu.web.streaming;

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
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a response body that a blocking writer produces (rows read from a database cursor), through
 * a pipe written on a blocking thread, so that large answers go out while they are read and are never
 * held in memory: the pipe holds at most {@value #PIPE_BUFFER} bytes, and the writer waits while the
 * client does not read. The status is decided before streaming starts: a failure midway cuts the body short.
 *
 * <p>When the client hangs up, the reading end of the pipe is closed, so the writer's next write fails
 * (within a second when it is waiting on a full pipe) and it releases its cursor and database connection.
 * Micronaut closes the stream it reads when a connection drops midway, but not when the client is gone
 * before the answer starts, hence the watch on the connection itself.
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

    /** The answer to {@code request}, its body written by {@code writer} until done or the client hangs up. */
    public MutableHttpResponse<StreamedFile> respond(HttpRequest<?> request, HttpStatus status, MediaType type,
                                                     String what, Writer writer) {
        try {
            PipedInputStream in = new PipedInputStream(PIPE_BUFFER);
            PipedOutputStream out = new PipedOutputStream(in);
            HangUpWatch watch = HangUpWatch.closing(request, in);
            writers.execute(() -> {
                try (out) {
                    writer.writeTo(out);
                } catch (Exception e) {
                    if (watch.hungUp()) {
                        LOG.debug("response {} abandoned: the client hung up", what);
                    } else {
                        LOG.warn("response {} cut short: {}", what, e.toString());
                    }
                } finally {
                    watch.stop();
                }
            });
            return HttpResponse.<StreamedFile>status(status).contentType(type).body(new StreamedFile(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
