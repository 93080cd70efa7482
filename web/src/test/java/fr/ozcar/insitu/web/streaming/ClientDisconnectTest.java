package fr.ozcar.insitu.web.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import com.zaxxer.hikari.HikariDataSource;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A client that hangs up in the middle of a large streamed answer costs nothing afterwards: its
 * database connection goes back to the pool and the thread writing its body ends. Each test hangs up
 * five times more often than the pool has connections, so a leak would starve the next request.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientDisconnectTest extends ServerOnTestDatabase {

    private static final int POOL = 4;
    private static final int HANG_UPS = 5 * POOL;
    private static final int IDLE_SECONDS = 3;
    private static final String OBSERVATIONS = "/sta/v1.1/Datastreams(" + LargeSeries.SERIES_ID + ")/Observations?$top=150000";
    private static final String DATA_FILE = "/api/series/" + LargeSeries.OBSERVATION_ID + "/data";

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.sta.max-top", "200000",
                "micronaut.server.idle-timeout", IDLE_SECONDS + "s",
                "datasources.default.maximum-pool-size", Integer.toString(POOL),
                "datasources.default.connection-timeout", "5000");
    }

    @BeforeAll
    void load() {
        LargeSeries.load(database, 150_000);
    }

    @Test
    void hangingUpOnAPageOfObservationsReleasesItsConnectionAndWriter() throws Exception {
        hangUpRepeatedly(OBSERVATIONS);
        assertThat(get("/sta/v1.1/Datastreams(" + LargeSeries.SERIES_ID + ")/Observations?$top=3&$select=result"))
                .startsWith("HTTP/1.1 200").contains("\"result\"");
    }

    @Test
    void hangingUpOnASeriesDataFileReleasesItsConnectionAndWriter() throws Exception {
        hangUpRepeatedly(DATA_FILE);
        assertThat(get(DATA_FILE)).startsWith("HTTP/1.1 200").contains("#Observation_ID;" + LargeSeries.OBSERVATION_ID);
    }

    @Test
    void aClientThatStopsReadingHoldsNoConnection() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(16 * 1024);
            socket.connect(new InetSocketAddress("localhost", server.getPort()));
            send(socket, "/sta/v1.1/Datastreams(" + LargeSeries.SERIES_ID + ")/Observations?$top=20000"); // some MB
            assertThat(socket.getInputStream().readNBytes(16 * 1024)).isNotEmpty();
            // the client keeps the connection open and reads nothing more: the page goes to the spool
            assertThat(within(IDLE_SECONDS, () -> pool.getHikariPoolMXBean().getActiveConnections() == 0))
                    .as("connection released before the idle timeout").isTrue();
            assertThat(writersBlockedOnPipes()).isZero();
        }
    }

    private void hangUpRepeatedly(String path) throws Exception {
        for (int i = 0; i < HANG_UPS; i++) {
            try (Socket socket = request(path)) {
                if (i % 3 != 2) { // every third time, before the answer has started
                    byte[] start = socket.getInputStream().readNBytes(16 * 1024);
                    assertThat(new String(start, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
                }
                if (i % 2 == 1) {
                    socket.setSoLinger(true, 0); // every other time a reset rather than an orderly close
                }
            }
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(within(5, () -> pool.getHikariPoolMXBean().getActiveConnections() == 0))
                .as("connections back in the pool, %d still active", pool.getHikariPoolMXBean().getActiveConnections())
                .isTrue();
        assertThat(within(5, () -> writersBlockedOnPipes() == 0)).as("no body writer left waiting on its pipe").isTrue();
    }

    /** The whole answer, read within a few seconds. */
    private String get(String path) throws IOException {
        try (Socket socket = request(path)) {
            socket.setSoTimeout(10_000);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Socket request(String path) throws IOException {
        Socket socket = new Socket("localhost", server.getPort());
        send(socket, path);
        return socket;
    }

    private static void send(Socket socket, String path) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static long writersBlockedOnPipes() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack).anyMatch(frame -> frame.getClassName().endsWith("SpoolPipe")
                        && frame.getMethodName().equals("append")))
                .count();
    }

    private static boolean within(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
