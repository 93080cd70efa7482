package fr.ozcar.insitu.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.demo.DemoCatalogue;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Stations enriched at import reach the clients: the server started with an operator's layers folder
 * (a region and a department layer shaped like IGN ADMIN EXPRESS, made here), the AGRH demo deposit
 * (Brittany) uploaded; the catalogue's stations and the SensorThings Things carry the derived values.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StationEnrichmentHttpTest extends ServerOnTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        try {
            Path layers = Files.createTempDirectory("layers");
            layer(layers, "regions", "region", "INSEE_REG", "BRETAGNE", "53", -5.2, 47.2, -1.0, 48.9);
            layer(layers, "departements", "department", "INSEE_DEP", "MORBIHAN", "56", -3.8, 47.3, -2.0, 48.2);
            // the machine running the tests may be loaded: the default 10 s read timeout is too short
            return Map.of("insitu.enrichment.layers-dir", layers.toString(), "micronaut.http.client.read-timeout", "300s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void uploadTheAgrhDeposit() throws Exception {
        Path zip = new DemoGenerator().writeDeposit(DemoCatalogue.producers().stream()
                .filter(p -> p.id().equals("AGRH")).findFirst().orElseThrow(), Files.createTempDirectory("deposit"));
        String job = client.toBlocking().exchange(HttpRequest.POST("/api/producers/AGRH/deposits", Files.readAllBytes(zip))
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE).header("Prefer", "respond-async, wait=1")
                        .basicAuth(ADMIN, ADMIN_PASSWORD), String.class)
                .getHeaders().get("Location");
        JsonNode status = JSON.readTree(client.toBlocking().retrieve(job));
        for (int polls = 0; !status.hasNonNull("finishedAt") && polls < 1200; polls++) {
            Thread.sleep(250); // a shared machine: the import may take a while
            status = JSON.readTree(client.toBlocking().retrieve(job));
        }
        assertThat(status.path("report").path("outcome").asText()).isEqualTo("IMPORTED");
    }

    @Test
    void theCatalogueGivesEachStationItsCountryRegionDepartmentAndDeclaredClimateWithTheirSources() throws Exception {
        JsonNode stations = JSON.readTree(client.toBlocking().retrieve("/api/producers/AGRH/stations"));

        assertThat(stations).hasSize(7).allSatisfy(station -> {
            JsonNode enrichment = station.path("enrichment");
            assertThat(enrichment.at("/country/code").asText()).isEqualTo("FR");
            assertThat(enrichment.at("/country/source").asText()).contains("world-atlas 2.0.2");
            assertThat(enrichment.at("/region/name").asText()).isEqualTo("Bretagne");
            assertThat(enrichment.at("/region/inseeCode").asText()).isEqualTo("53");
            assertThat(enrichment.at("/department/name").asText()).isEqualTo("Morbihan");
            assertThat(enrichment.at("/department/source").asText()).isEqualTo("departements");
            assertThat(enrichment.at("/climates/0").toString())
                    .isEqualTo("{\"value\":\"Oceanic climate\",\"source\":\"deposit\"}");
            assertThat(station.path("series").size()).isPositive();
            assertThat(station.path("series").get(0).path("processingLevel").asText()).isNotEmpty();
        });
    }

    @Test
    void everyThingCarriesTheDerivedPropertiesAndCanBeFilteredByCountry() throws Exception {
        JsonNode things = JSON.readTree(client.toBlocking().retrieve("/sta/v1.1/Things?$count=true"));
        assertThat(things.path("value")).hasSize(7).allSatisfy(thing -> {
            assertThat(thing.at("/properties/country/code").asText()).isEqualTo("FR");
            assertThat(thing.at("/properties/department/inseeCode").asText()).isEqualTo("56");
            assertThat(thing.at("/properties/producerId").asText()).isEqualTo("AGRH");
        });

        String filter = URLEncoder.encode("properties/country/code eq 'FR'", StandardCharsets.UTF_8).replace("+", "%20");
        JsonNode french = JSON.readTree(client.toBlocking().retrieve("/sta/v1.1/Things?$count=true&$filter=" + filter));
        assertThat(french.path("@iot.count").asInt()).isEqualTo(7);
    }

    @Test
    void anUnknownProducersStationsAreA404Problem() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().retrieve("/api/producers/NOPE/stations"));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
    }

    private static void layer(Path folder, String name, String kind, String codeProperty, String upperCaseName,
                              String code, double west, double south, double east, double north) throws IOException {
        Files.writeString(folder.resolve(name + ".geojson"), String.format(java.util.Locale.ROOT, """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                  "properties": {"%s": "%s", "NOM": "%s"},
                  "geometry": {"type": "Polygon", "coordinates": [[[%f, %f], [%f, %f], [%f, %f], [%f, %f], [%f, %f]]]}}]}""",
                codeProperty, code, upperCaseName, west, south, east, south, east, north, west, north, west, south));
        Files.writeString(folder.resolve(name + ".layer.json"), String.format(java.util.Locale.ROOT,
                "{\"name\": \"%s\", \"kind\": \"%s\", \"file\": \"%s.geojson\", \"codeProperty\": \"%s\","
                        + " \"nameProperty\": \"NOM\"}", name, kind, name, codeProperty));
    }
}
