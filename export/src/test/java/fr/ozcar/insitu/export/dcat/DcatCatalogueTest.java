package fr.ozcar.insitu.export.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.export.ImportedCatc;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DcatCatalogueTest {

    private static final String BASE = "https://insitu.example.org";
    private static final String PREFIXES = "prefix dcat: <http://www.w3.org/ns/dcat#> prefix dct: <http://purl.org/dc/terms/>"
            + " prefix foaf: <http://xmlns.com/foaf/0.1/> prefix hydra: <http://www.w3.org/ns/hydra/core#>"
            + " prefix vcard: <http://www.w3.org/2006/vcard/ns#> ";

    @TempDir
    Path scratch;

    private DcatCatalogue catalogue;

    @BeforeEach
    void importCatc() {
        DataSource source = ImportedCatc.database(scratch);
        catalogue = new DcatCatalogue(source, new CatalogDescription("In-situ catalogue", "Time series of observatories",
                "OZCAR research infrastructure"));
    }

    @Test
    void theCatalogueReadsBackIdenticallyFromTurtleJsonLdAndRdfXml() {
        Model page = catalogue.page(BASE, 1, 10);

        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML)) {
            StringWriter text = new StringWriter();
            RDFDataMgr.write(text, page, lang);
            Model parsed = ModelFactory.createDefaultModel();
            RDFParser.fromString(text.toString(), lang).parse(parsed);
            assertThat(parsed.isIsomorphicWith(page)).as(lang.getName()).isTrue();
        }
    }

    @Test
    void everyResourceHasTheMandatoryDcatApProperties() {
        Model page = catalogue.page(BASE, 1, 10);

        assertThat(missing(page, "?x a dcat:Catalog", "dct:title", "dct:description", "dct:publisher")).isEmpty();
        assertThat(missing(page, "?x a dcat:Dataset", "dct:title", "dct:description")).isEmpty();
        assertThat(missing(page, "?x a dcat:Distribution", "dcat:accessURL")).isEmpty();
        assertThat(missing(page, "?d dct:publisher ?x", "foaf:name")).isEmpty();
        assertThat(missing(page, "?x a dct:PeriodOfTime", "dcat:startDate")).isEmpty();
        assertThat(missing(page, "?d dcat:contactPoint ?x", "vcard:fn")).isEmpty();
        assertThat(count(page, "?x a dcat:Dataset")).isEqualTo(2);
    }

    @Test
    void aDatasetHasItsDownloadsContactsLicenceThemesAndCoverage() {
        Model meteo = catalogue.dataset(BASE, "CATC_DAT_Meteo").orElseThrow();
        String dataset = "<" + BASE + "/catalog/datasets/CATC_DAT_Meteo>";

        assertThat(values(meteo, dataset + " dcat:distribution/dcat:downloadURL ?v")).containsExactlyInAnyOrder(
                BASE + "/api/datasets/CATC_DAT_Meteo/export?format=csv",
                BASE + "/api/datasets/CATC_DAT_Meteo/export?format=netcdf");
        assertThat(values(meteo, dataset + " dcat:distribution/dcat:accessURL ?v"))
                .anyMatch(url -> url.startsWith(BASE + "/sta/v1.1/Datastreams?$filter="));
        assertThat(values(meteo, dataset + " dcat:contactPoint/vcard:hasEmail ?v")).contains("mailto:marie.durand@example.org");
        assertThat(values(meteo, dataset + " dct:license ?v")).containsExactly("https://creativecommons.org/licenses/by/4.0/");
        assertThat(values(meteo, dataset + " dcat:theme ?v")).contains("https://w3id.org/ozcar-theia/atmosphericTemperature");
        assertThat(values(meteo, dataset + " dct:temporal/dcat:startDate ?v")).containsExactly("2019-12-31T23:30:00Z");
        assertThat(values(meteo, dataset + " dct:spatial/dcat:bbox ?v")).singleElement().asString().startsWith("POLYGON((1.718 43.2312");
    }

    @Test
    void pagesLinkToTheNextAndCountEveryDataset() {
        Model first = catalogue.page(BASE, 1, 1);

        assertThat(count(first, "?x a dcat:Dataset")).isEqualTo(1);
        assertThat(values(first, "?c hydra:totalItems ?v")).containsExactly("2");
        assertThat(values(first, "?view hydra:next ?v")).containsExactly(BASE + "/catalog?page=2&size=1");
        assertThat(values(catalogue.page(BASE, 2, 1), "?view hydra:next ?v")).isEmpty();
    }

    @Test
    void anUnknownDatasetIsEmpty() {
        assertThat(catalogue.dataset(BASE, "CATC_DAT_None")).isEmpty();
    }

    /** Subjects matching {@code pattern} that lack one of {@code properties}. */
    private static List<String> missing(Model model, String pattern, String... properties) {
        List<String> missing = new ArrayList<>();
        for (String property : properties) {
            for (String subject : values(model, pattern.replace("?x", "?v") + " filter not exists { ?v " + property + " [] }")) {
                missing.add(subject + " lacks " + property);
            }
        }
        return missing;
    }

    private static long count(Model model, String pattern) {
        return values(model, pattern.replace("?x", "?v")).size();
    }

    private static List<String> values(Model model, String pattern) {
        List<String> values = new ArrayList<>();
        try (QueryExecution query = QueryExecution.model(model).query(PREFIXES + "select distinct ?v { " + pattern + " }").build()) {
            ResultSet results = query.execSelect();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                values.add(solution.get("v").isLiteral() ? solution.getLiteral("v").getLexicalForm() : solution.get("v").toString());
            }
        }
        return values;
    }
}
