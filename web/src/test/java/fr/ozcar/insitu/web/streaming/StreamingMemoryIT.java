package fr.ozcar.insitu.web.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.web.testing.PackagedServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * Answers stream in constant memory: the packaged server, in a JVM whose heap is too small to hold
 * even a tenth of them, serves a page of 100 000 observations and a data file of a million rows whole.
 * The heap is the smallest the server starts with (at 32 MB it fails while loading the thesaurus);
 * an out-of-memory error ends the process, which would cut the answers short.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamingMemoryIT {

    private static final String HEAP = "-Xmx48m";
    private static final int ROWS = 1_000_000;
    private static final int FIXTURE_ROWS = 1_000; // the fixture's own rows of the same series

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
        try (InputStream body = page.body()) {
            assertThat(occurrences(body, "\"@iot.id\"")).isEqualTo(100_000);
        }
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void aMillionRowDataFileStreamsThroughA48MegabyteHeap() throws Exception {
        HttpResponse<InputStream> file = server.get(
                "/api/series/" + LargeSeries.OBSERVATION_ID + "/data", HttpResponse.BodyHandlers.ofInputStream());
        assertThat(file.statusCode()).isEqualTo(200);
        long rows;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(file.body(), StandardCharsets.UTF_8))) {
            rows = lines.lines().filter(line -> !line.startsWith("#") && !line.startsWith("date_begin;")).count();
        }
        assertThat(rows).isEqualTo(ROWS + FIXTURE_ROWS);
        assertThat(server.isAlive()).isTrue();
    }

    /** Counts a pattern in a stream without holding it (the pattern does not overlap itself). */
    private static long occurrences(InputStream in, String text) throws IOException {
        byte[] pattern = text.getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[1 << 16];
        long count = 0;
        int matched = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
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
        return count;
    }
}
