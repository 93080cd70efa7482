package fr.ozcar.insitu.web.export;

import fr.ozcar.insitu.export.ExportFile;
import fr.ozcar.insitu.web.problem.Problem;
import fr.ozcar.insitu.web.streaming.StreamedBody;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Answers a download: the file streamed as it is written, or, when the client asks for a byte range (to resume
 * an interrupted download), the file first written to the spool folder, so that its length is known, and
 * the range sent from it. An export gives the same bytes every time for the same ETag, which is what makes
 * a range of a second writing the continuation of the first; {@code If-Range} with another ETag gets the whole
 * file again. Memory never holds the file: disk holds it for the duration of a ranged answer.
 */
@Singleton
public class Downloads {

    private final StreamedBody streamed;
    private final ExportSpool spool;

    public Downloads(StreamedBody streamed, ExportSpool spool) {
        this.streamed = streamed;
        this.spool = spool;
    }

    public MutableHttpResponse<?> respond(HttpRequest<?> request, ExportFile file, String etag) {
        MediaType type = MediaType.of(file.mediaType());
        Optional<ByteRange> range = ByteRange.parse(request.getHeaders().get(HttpHeaders.RANGE));
        String ifRange = request.getHeaders().get(HttpHeaders.IF_RANGE);
        MutableHttpResponse<?> response;
        if (range.isPresent() && (ifRange == null || ifRange.equals(etag))) {
            response = ranged(request, file, type, range.get());
        } else {
            response = streamed.respond(request, HttpStatus.OK, type, file.fileName(), file::writeTo);
        }
        return response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.ETAG, etag);
    }

    private MutableHttpResponse<?> ranged(HttpRequest<?> request, ExportFile file, MediaType type, ByteRange range) {
        Path written = writeToSpool(file);
        long length = size(written);
        if (!range.satisfiable(length)) {
            delete(written);
            return Problem.of(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "Range Not Satisfiable",
                    "the file has " + length + " bytes").toResponse().header(HttpHeaders.CONTENT_RANGE, "bytes */" + length);
        }
        long start = range.start(length);
        long end = range.end(length);
        return streamed.respond(request, HttpStatus.PARTIAL_CONTENT, type, file.fileName(), out -> {
            try (FileChannel channel = FileChannel.open(written)) {
                copy(channel, start, end - start + 1, out);
            } finally {
                delete(written);
            }
        }).header(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + length);
    }

    private Path writeToSpool(ExportFile file) {
        Path written = null;
        try {
            written = Files.createTempFile(spool.folder(), "download-", ".part");
            try (OutputStream out = Files.newOutputStream(written)) {
                file.writeTo(out);
            }
            return written;
        } catch (Exception e) {
            if (written != null) {
                delete(written);
            }
            throw new IllegalStateException("cannot write " + file.fileName() + " for a ranged download", e);
        }
    }

    private static void copy(FileChannel channel, long start, long count, OutputStream out) throws IOException {
        var target = Channels.newChannel(out);
        long done = 0;
        while (done < count) {
            done += channel.transferTo(start + done, count - done, target);
        }
        out.flush();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover spool file only costs disk space; the answer is not affected
        }
    }
}
