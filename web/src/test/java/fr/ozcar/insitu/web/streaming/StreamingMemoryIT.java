package fr.ozcar.insitu.web.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.web.testing.PackagedServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Answers stream in constant memory: the packaged server, in a JVM whose heap is smaller than either
 * answer's bytes, serves a page of 100 000 observations and a data file of 1.25 million rows whole.
 * The heap is about the smallest the server starts with (with 32 MB it does not finish starting);
 * an out-of-memory error ends the process, which would cut the answers short.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamingMemoryIT {

    private static final String HEAP = "-Xmx48m";
    private static final int ROWS = 1_250_000;
    private static final long HEAP_BYTES = 48L << 20;
    private static final int FIXTURE_ROWS = 1_000; // the fixture's own rows of the same series
    private static final int HEADER_LINES = 5;     // four # lines and the column names

    private PackagedServer server;

    @BeforeAll
    void start() throws Exception {
        TestDatabase database = TestDatabase.create();
        LargeSeries.load(database, ROWS);
        server = PackagedServer.start(Files.createTempDirectory("insitu-streaming-memory"), PackagedServer.freePort(),
                List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"),
                Map.of("DATASOURCES_DEFAULT_URL", database.url(),
                        "DATASOURCES_DEFAULT_USERNAME", "postgres",
                        "INSITU_DEMO_LOAD_ON_FIRST_START", "false",
                        "INSITU_STA_MAX_TOP", "200000"));
        server.awaitUp(Duration.ofSeconds(120));
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPageOf100000ObservationsStreamsThroughA48MegabyteHeap() throws Exception {
        HttpResponse<InputStream> page = server.get(
                "/sta/v1.1/Datastreams(" + LargeSeries.SERIES_ID + ")/Observations?$top=100000", HttpResponse.BodyHandlers.ofInputStream());
        assertThat(page.statusCode()).isEqualTo(200);
        Scan scan = Scan.of(page.body(), "\"@iot.id\"");
        assertThat(scan.occurrences()).isEqualTo(100_000);
        assertThat(scan.bytes()).isGreaterThan(HEAP_BYTES);
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void aDataFileOfMoreThanAMillionRowsStreamsThroughA48MegabyteHeap() throws Exception {
        HttpResponse<InputStream> file = server.get(
                "/api/series/" + LargeSeries.OBSERVATION_ID + "/data", HttpResponse.BodyHandlers.ofInputStream());
        assertThat(file.statusCode()).isEqualTo(200);
        Scan scan = Scan.of(file.body(), "\n");
        assertThat(scan.occurrences() - HEADER_LINES).isEqualTo(ROWS + FIXTURE_ROWS);
        assertThat(scan.bytes()).isGreaterThan(HEAP_BYTES);
        assertThat(server.isAlive()).isTrue();
    }

    /** What a body held: its length and how often a pattern occurs, counted without holding it. */
    private record Scan(long bytes, long occurrences) {

        /** Reads {@code in} to its end; the pattern must not overlap itself. */
        static Scan of(InputStream in, String text) throws IOException {
            byte[] pattern = text.getBytes(StandardCharsets.US_ASCII);
            byte[] buffer = new byte[1 << 16];
            long bytes = 0;
            long count = 0;
            int matched = 0;
            try (in) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    bytes += read;
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == pattern[matched]) {
                            matched++;
                        } else {
                            matched = buffer[i] == pattern[0] ? 1 : 0;
                        }
                        if (matched == pattern.length) {
                            count++;
                            matched = 0;
                        }
                    }
                }
            }
            System.out.printf("streamed %,d bytes, %,d x %s%n", bytes, count, text.replace("\n", "\\n"));
            return new Scan(bytes, count);
        }
    }
}
