package fr.ozcar.insitu.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command, as a user runs it: {@code java -jar web/target/insitu.jar} with no
 * configuration starts on the embedded PostgreSQL, loads the demo data on first start, serves the
 * portal, SensorThings and the thesaurus from the packaged jar, and keeps its data across a restart.
 */
class PackagedServerIT {

    private static final Path JAR = Path.of("target", "insitu.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theJarServesDemoDataOnTheEmbeddedDefaultAndKeepsItAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("insitu-packaged");
        int port = freePort();

        server = start(dataDir, port);
        awaitUp(port);
        assertThat(get(port, "/").body()).contains("insitu");
        HttpResponse<String> thesaurus = get(port, "/thesaurus/");
        assertThat(thesaurus.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(thesaurus.body()).contains("OZCAR-Theia thesaurus");
        assertThat(awaitSeries(port, 102)).isEqualTo(102);

        server.destroy();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        server = start(dataDir, port);
        awaitUp(port);
        assertThat(series(port)).isEqualTo(102);
    }

    private static Process start(Path dataDir, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", JAR.toAbsolutePath().toString())
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server-" + System.nanoTime() + ".log").toFile());
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        return builder.start();
    }

    private void awaitUp(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server process alive").isTrue();
            try {
                if (get(port, "/").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not answer within 180 s");
    }

    private static long awaitSeries(int port, long expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        long seen = 0;
        while (System.nanoTime() < deadline && seen < expected) {
            Thread.sleep(1000);
            seen = series(port);
        }
        return seen;
    }

    /** Every demo series is a Datastream, or a MultiDatastream when it has additional values. */
    private static long series(int port) throws Exception {
        return count(port, "/sta/v1.1/Datastreams?$count=true&$top=0")
                + count(port, "/sta/v1.1/MultiDatastreams?$count=true&$top=0");
    }

    private static long count(int port, String path) throws Exception {
        Matcher count = Pattern.compile("\"@iot.count\"\\s*:\\s*(\\d+)").matcher(get(port, path).body());
        return count.find() ? Long.parseLong(count.group(1)) : -1;
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
