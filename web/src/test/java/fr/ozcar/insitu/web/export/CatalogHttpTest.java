package fr.ozcar.insitu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.DepositFixture;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
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
import java.nio.file.Files;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /catalog}: the DCAT-AP catalogue in the RDF syntax the harvester asks for. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogHttpTest extends ServerOnTestDatabase {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void importCatc() throws Exception {
        new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT).importDeposit("CATC",
                new FolderDepositSource(DepositFixture.copyOfCatc(Files.createTempDirectory("catc"))), ImportProgress.NONE);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML",
            "'application/rdf+xml;q=0.5, application/ld+json', JSONLD", "*/*, TURTLE"})
    void theCatalogueIsInTheSyntaxAsked(String accept, String syntax) throws Exception {
        HttpResponse<String> response = get("/catalog", accept);

        Lang lang = switch (syntax) {
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(lang.getHeaderString());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang).parse(model);
        assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).hasSize(2);
        assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).next().getURI()).isEqualTo(server.getURL() + "/catalog");
    }

    @Test
    void oneDatasetHasItsOwnAddress() throws Exception {
        HttpResponse<String> response = get("/catalog/datasets/CATC_DAT_River", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("River chemistry along the main stream");
        assertThat(get("/catalog/datasets/CATC_DAT_None", "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnofferedSyntaxOrABadPageIsAProblem() throws Exception {
        assertThat(get("/catalog", "application/pdf").statusCode()).isEqualTo(406);
        assertThat(get("/catalog?size=100000", "text/turtle").statusCode()).isEqualTo(400);
        assertThat(get("/catalog?page=abc", "text/turtle").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
