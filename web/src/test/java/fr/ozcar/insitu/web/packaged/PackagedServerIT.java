package fr.ozcar.insitu.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.web.testing.PackagedServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private PackagedServer server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theJarServesDemoDataOnTheEmbeddedDefaultAndKeepsItAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("insitu-packaged");
        int port = PackagedServer.freePort();

        server = PackagedServer.start(dataDir, port, List.of("-Xmx1g"), Map.of());
        server.awaitUp(STARTUP);
        assertThat(server.get("/").body()).contains("insitu");
        HttpResponse<String> thesaurus = server.get("/thesaurus/");
        assertThat(thesaurus.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(thesaurus.body()).contains("OZCAR-Theia thesaurus");
        assertThat(awaitSeries(102)).isEqualTo(102);

        assertThat(server.stop(Duration.ofSeconds(60))).isTrue();
        server = PackagedServer.start(dataDir, port, List.of("-Xmx1g"), Map.of());
        server.awaitUp(STARTUP);
        assertThat(series()).isEqualTo(102);
    }

    private long awaitSeries(long expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        long seen = 0;
        while (System.nanoTime() < deadline && seen < expected) {
            Thread.sleep(1000);
            seen = series();
        }
        return seen;
    }

    /** Every demo series is a Datastream, or a MultiDatastream when it has additional values. */
    private long series() throws Exception {
        return count("/sta/v1.1/Datastreams?$count=true&$top=0") + count("/sta/v1.1/MultiDatastreams?$count=true&$top=0");
    }

    private long count(String path) throws Exception {
        Matcher count = Pattern.compile("\"@iot.count\"\\s*:\\s*(\\d+)").matcher(server.get(path).body());
        return count.find() ? Long.parseLong(count.group(1)) : -1;
    }
}
