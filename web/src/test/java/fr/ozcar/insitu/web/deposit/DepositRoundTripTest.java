package fr.ozcar.insitu.web.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: every demo deposit uploaded the historical way ({@code PUT /data/{id}/new/}) reads back
 * with every time, value, flag, position and additional value as in its files.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepositRoundTripTest extends ServerOnTestDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @TempDir
    Path directory;

    @Test
    void everyDemoSeriesReadsBackExactlyAsDeposited() throws IOException {
        int series = 0;
        long rows = 0;
        for (Path zip : new DemoGenerator().writeDemoDeposits(directory)) {
            String producer = zip.getFileName().toString().substring(0, 4);
            HttpResponse<String> response = client.toBlocking().exchange(
                    HttpRequest.PUT("/data/" + producer + "/new/", Files.readAllBytes(zip))
                            .basicAuth(ADMIN, ADMIN_PASSWORD)
                            .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), String.class);
            assertThat(response.getStatus().getCode()).as(producer).isEqualTo(201);

            for (Map.Entry<String, String> file : dataFiles(zip).entrySet()) {
                String observationId = file.getKey().replace(".txt", "");
                String readBack = client.toBlocking().retrieve("/api/series/" + observationId + "/data");
                List<List<String>> deposited = rows(file.getValue());
                assertThat(rows(readBack)).as(observationId).isEqualTo(deposited);
                series++;
                rows += deposited.size();
            }
        }
        assertThat(series).isGreaterThanOrEqualTo(100);
        assertThat(rows).isGreaterThan(1_000_000);
    }

    /** Every data file of a deposit (inside its dataset zips), by name. */
    private static Map<String, String> dataFiles(Path deposit) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream outer = new ZipInputStream(Files.newInputStream(deposit))) {
            for (ZipEntry entry; (entry = outer.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".zip")) {
                    readDatasetZip(new ByteArrayInputStream(outer.readAllBytes()), files);
                }
            }
        }
        return files;
    }

    private static void readDatasetZip(InputStream zip, Map<String, String> files) throws IOException {
        try (ZipInputStream inner = new ZipInputStream(zip)) {
            for (ZipEntry entry; (entry = inner.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(inner.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * The measurement rows of a data file (after the four {@code #} lines and the column line), each
     * field normalised: times as instants, numbers as doubles, anything else (flags) as written.
     */
    private static List<List<String>> rows(String dataFile) {
        List<List<String>> rows = new ArrayList<>();
        String[] lines = dataFile.split("\n");
        for (int i = 5; i < lines.length; i++) {
            List<String> fields = new ArrayList<>();
            for (String field : lines[i].split(";", -1)) {
                fields.add(normalised(field));
            }
            rows.add(fields);
        }
        return rows;
    }

    private static String normalised(String field) {
        if (field.length() >= 20 && field.charAt(4) == '-' && field.endsWith("Z")) {
            return Instant.parse(field).toString();
        }
        try {
            return Double.toString(Double.parseDouble(field));
        } catch (NumberFormatException notANumber) {
            return field;
        }
    }
}
