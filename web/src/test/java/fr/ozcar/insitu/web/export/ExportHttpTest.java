package fr.ozcar.insitu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.variable.VariableResolver;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Direct downloads: what a script gets from {@code /api/series/…/export} and {@code /api/datasets/…/export}. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportHttpTest extends ServerOnTestDatabase {

    private static final String AIR_TEMPERATURE = "/api/series/CATC_OBS_AirTemp_Upper/export";

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void importCatc() throws Exception {
        Path scratch = Files.createTempDirectory("catc");
        ImportReport report = new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new FolderDepositSource(DepositFixture.copyOfCatc(scratch)), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void aSeriesDownloadsAsItsPivotDataFileNamedAfterIt() throws Exception {
        HttpResponse<String> response = get(AIR_TEMPERATURE + "?format=csv&from=2020-01-01&to=2020", null, null,
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"CATC_OBS_AirTemp_Upper.txt\"");
        assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(response.body()).startsWith("#Date_of_extraction;")
                .contains("#Observation_ID;CATC_OBS_AirTemp_Upper;\n")
                .doesNotContain(";2019-12-31T23:30:00Z;")
                .contains("2019-12-31T23:30:00Z;2020-01-01T00:00:00Z;");
    }

    @Test
    void aRangeWithTheSameETagResumesTheDownloadWhereItStopped() throws Exception {
        HttpResponse<byte[]> whole = get(AIR_TEMPERATURE + "?format=csv&header=citation", null, null,
                HttpResponse.BodyHandlers.ofByteArray());
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> rest = get(AIR_TEMPERATURE + "?format=csv&header=citation", "bytes=100-", etag,
                HttpResponse.BodyHandlers.ofByteArray());

        int length = whole.body().length;
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.headers().firstValue("Content-Range")).contains("bytes 100-" + (length - 1) + "/" + length);
        assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(whole.body(), 100, length));
    }

    @Test
    void aRangeWithAnotherETagGetsTheWholeFile() throws Exception {
        HttpResponse<byte[]> response = get(AIR_TEMPERATURE + "?format=csv", "bytes=100-", "\"stale\"",
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("#Date_of_extraction;");
    }

    @Test
    void aRangeBeyondTheEndIsNotSatisfiable() throws Exception {
        HttpResponse<String> response = get(AIR_TEMPERATURE + "?format=csv", "bytes=100000000-", null,
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range").orElseThrow()).startsWith("bytes */");
    }

    @Test
    void aDatasetDownloadsAsOneNetcdfFile() throws Exception {
        HttpResponse<byte[]> response = get("/api/datasets/CATC_DAT_Meteo/export?format=netcdf", null, null,
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"CATC_DAT_Meteo.nc\"");
        assertThat(Arrays.copyOf(response.body(), 4)).isEqualTo(new byte[] {'C', 'D', 'F', 1});
    }

    @Test
    void aDatasetAsCsvIsAZipOfOneDataFilePerSeries() throws Exception {
        HttpResponse<byte[]> response = get("/api/datasets/CATC_DAT_River/export?format=csv", null, null,
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
        String names = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(names).contains("CATC_OBS_Conductivity_Boat.txt", "CATC_OBS_FieldNotes_Bridge.txt");
    }

    @Test
    void everyInvalidParameterIsReportedAtOnce() throws Exception {
        HttpResponse<String> response = get(AIR_TEMPERATURE + "?format=xls&from=yesterday&missing=zero", null, null,
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"parameter\":\"format\"", "\"parameter\":\"from\"",
                "\"parameter\":\"missing\"");
    }

    @Test
    void anUnknownSeriesIsNotFoundAndAWindowWithoutDataUnprocessable() throws Exception {
        assertThat(get("/api/series/CATC_OBS_None/export?format=csv", null, null,
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        HttpResponse<String> outside = get(AIR_TEMPERATURE + "?format=csv&from=2030", null, null,
                HttpResponse.BodyHandlers.ofString());
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(outside.body()).contains("no rows in the window");
    }

    @Test
    void aSeriesWhollyUnderEmbargoIsForbiddenToAnonymousCallers() throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("update dataset set embargo_days = 100000 where id = 'CATC_DAT_River'");
        }
        try {
            HttpResponse<String> response = get("/api/series/CATC_OBS_Conductivity_Boat/export?format=csv", null, null,
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("under embargo").doesNotContain("312.5");
        } finally {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("update dataset set embargo_days = null where id = 'CATC_DAT_River'");
            }
        }
    }

    private <T> HttpResponse<T> get(String path, String range, String ifRange, HttpResponse.BodyHandler<T> body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        if (ifRange != null) {
            request.header("If-Range", ifRange);
        }
        return http.send(request.build(), body);
    }
}
