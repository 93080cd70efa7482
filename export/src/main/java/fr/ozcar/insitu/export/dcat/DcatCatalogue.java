package fr.ozcar.insitu.export.dcat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VCARD4;

/**
 * The datasets as a DCAT-AP 3 catalogue (the exchange format of data.europa.eu and GAIA Data harvesters): the
 * catalogue paged with Hydra, each dataset with its publisher (the producer), contact points, licence,
 * keywords, themes (its thesaurus variables and their categories), temporal and spatial coverage, and three
 * distributions: the CSV zip and the NetCDF file of our direct downloads, and its SensorThings datastreams.
 */
public final class DcatCatalogue {

    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final String GEOSPARQL = "http://www.opengis.net/ont/geosparql#";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String MEDIA_TYPE = "http://www.iana.org/assignments/media-types/";

    private final DataSource dataSource;
    private final CatalogDescription description;

    public DcatCatalogue(DataSource dataSource, CatalogDescription description) {
        this.dataSource = dataSource;
        this.description = description;
    }

    /** Page {@code page} (from 1) of {@code size} datasets, in id order, with links to the other pages. */
    public Model page(String base, int page, int size) {
        Model model = model();
        try (Connection connection = dataSource.getConnection()) {
            Resource catalog = catalog(model, base);
            long total = count(connection);
            List<String> ids = ids(connection, (long) (page - 1) * size, size);
            for (String id : ids) {
                catalog.addProperty(DCAT.dataset, dataset(model, connection, base, id));
            }
            long last = Math.max(1, (total + size - 1) / size);
            Resource view = model.createResource(pageUrl(base, page, size))
                    .addProperty(RDF.type, model.createResource(HYDRA + "PartialCollectionView"))
                    .addProperty(model.createProperty(HYDRA, "first"), model.createResource(pageUrl(base, 1, size)))
                    .addProperty(model.createProperty(HYDRA, "last"), model.createResource(pageUrl(base, last, size)));
            if (page < last) {
                view.addProperty(model.createProperty(HYDRA, "next"), model.createResource(pageUrl(base, page + 1, size)));
            }
            if (page > 1) {
                view.addProperty(model.createProperty(HYDRA, "previous"), model.createResource(pageUrl(base, page - 1, size)));
            }
            catalog.addProperty(model.createProperty(HYDRA, "view"), view)
                    .addLiteral(model.createProperty(HYDRA, "totalItems"), model.createTypedLiteral(total, XSDDatatype.XSDinteger));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalogue", e);
        }
        return model;
    }

    /** One dataset, or empty when there is none with that id. */
    public Optional<Model> dataset(String base, String datasetId) {
        Model model = model();
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, datasetId)) {
                return Optional.empty();
            }
            catalog(model, base).addProperty(DCAT.dataset, dataset(model, connection, base, datasetId));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalogue", e);
        }
        return Optional.of(model);
    }

    private static Model model() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF)
                .setNsPrefix("vcard", VCARD4.NS).setNsPrefix("hydra", HYDRA).setNsPrefix("locn", "http://www.w3.org/ns/locn#")
                .setNsPrefix("geo", GEOSPARQL).setNsPrefix("rdfs", RDFS.uri);
        return model;
    }

    private Resource catalog(Model model, String base) {
        return model.createResource(base + "/catalog")
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, description.title(), "en")
                .addProperty(DCTerms.description, description.description(), "en")
                .addProperty(DCTerms.publisher, model.createResource(base + "/#publisher")
                        .addProperty(RDF.type, model.createResource(FOAF + "Agent"))
                        .addProperty(model.createProperty(FOAF, "name"), description.publisherName()))
                .addProperty(model.createProperty(FOAF, "homepage"), model.createResource(base + "/"));
    }

    private static Resource dataset(Model model, Connection connection, String base, String id) throws SQLException {
        Resource dataset = model.createResource(base + "/catalog/datasets/" + encode(id)).addProperty(RDF.type, DCAT.Dataset);
        String licenceUrl;
        try (PreparedStatement statement = connection.prepareStatement(
                "select d.title, d.description, d.doi, d.licence_title, d.licence_url, p.id, p.title, p.email,"
                        + " (select min(first_time) from series s where s.dataset_id = d.id),"
                        + " (select max(last_time) from series s where s.dataset_id = d.id),"
                        + " (select array[min(f.longitude), min(f.latitude), max(f.longitude), max(f.latitude)]"
                        + "   from series s join sampling_feature f on f.id = s.sampling_feature_id where s.dataset_id = d.id),"
                        + " d.access_use_constraint"
                        + " from dataset d join producer p on p.id = d.producer_id where d.id = ?")) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                dataset.addProperty(DCTerms.identifier, id)
                        .addProperty(DCTerms.title, row.getString(1))
                        .addProperty(DCTerms.description, row.getString(2));
                String doi = row.getString(3);
                if (doi != null) {
                    dataset.addProperty(DCAT.landingPage, model.createResource("https://doi.org/" + doi));
                }
                licenceUrl = row.getString(5);
                if (licenceUrl != null) {
                    Resource licence = model.createResource(licenceUrl).addProperty(RDF.type, DCTerms.LicenseDocument);
                    if (row.getString(4) != null) {
                        licence.addProperty(RDFS.label, row.getString(4));
                    }
                    dataset.addProperty(DCTerms.license, licence);
                }
                if (row.getString(12) != null) {
                    dataset.addProperty(DCTerms.accessRights, model.createResource()
                            .addProperty(RDF.type, DCTerms.RightsStatement).addProperty(RDFS.label, row.getString(12)));
                }
                Resource publisher = model.createResource(base + "/catalog/producers/" + encode(row.getString(6)))
                        .addProperty(RDF.type, model.createResource(FOAF + "Agent"))
                        .addProperty(model.createProperty(FOAF, "name"), row.getString(7));
                if (row.getString(8) != null) {
                    publisher.addProperty(model.createProperty(FOAF, "mbox"), model.createResource("mailto:" + row.getString(8)));
                }
                dataset.addProperty(DCTerms.publisher, publisher);
                temporal(model, dataset, row.getTimestamp(9), row.getTimestamp(10));
                if (row.getArray(11) != null) {
                    spatial(model, dataset, (Double[]) row.getArray(11).getArray());
                }
            }
        }
        contacts(model, connection, dataset, id);
        keywordsAndThemes(model, connection, dataset, id);
        String exports = base + "/api/datasets/" + encode(id) + "/export?format=";
        distribution(model, dataset, licenceUrl, "CSV (a zip of one pivot data file per series)", exports + "csv",
                "application/zip", "ZIP");
        distribution(model, dataset, licenceUrl, "NetCDF (CF-1.8 discrete sampling geometries, time series)",
                exports + "netcdf", "application/x-netcdf", "NETCDF");
        String datastreams = base + "/sta/v1.1/Datastreams?$filter=" + encode("properties/datasetId eq '" + id + "'");
        dataset.addProperty(DCAT.distribution, model.createResource(datastreams + "#distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "OGC SensorThings API 1.1 datastreams")
                .addProperty(DCAT.accessURL, model.createResource(datastreams))
                .addProperty(DCTerms.conformsTo, model.createResource("http://www.opengis.net/doc/is/sensorthings/1.1"))
                .addProperty(DCAT.mediaType, model.createResource(MEDIA_TYPE + "application/json")));
        return dataset;
    }

    private static void distribution(Model model, Resource dataset, String licenceUrl, String title, String url,
                                     String mediaType, String fileType) {
        Resource distribution = model.createResource(url + "#distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, title)
                .addProperty(DCAT.accessURL, model.createResource(url))
                .addProperty(DCAT.downloadURL, model.createResource(url))
                .addProperty(DCAT.mediaType, model.createResource(MEDIA_TYPE + mediaType))
                .addProperty(DCTerms.format, model.createResource(FILE_TYPE + fileType));
        if (licenceUrl != null) {
            distribution.addProperty(DCTerms.license, model.createResource(licenceUrl));
        }
        dataset.addProperty(DCAT.distribution, distribution);
    }

    private static void temporal(Model model, Resource dataset, Timestamp first, Timestamp last) {
        if (first == null) {
            return;
        }
        dataset.addProperty(DCTerms.temporal, model.createResource()
                .addProperty(RDF.type, DCTerms.PeriodOfTime)
                .addProperty(DCAT.startDate, first.toInstant().toString(), XSDDatatype.XSDdateTime)
                .addProperty(DCAT.endDate, last.toInstant().toString(), XSDDatatype.XSDdateTime));
    }

    /** The box around the dataset's stations, as a WKT polygon (lon lat), DCAT's {@code dcat:bbox}. */
    private static void spatial(Model model, Resource dataset, Double[] box) {
        if (box.length < 4 || box[0] == null) {
            return;
        }
        String wkt = String.format(Locale.ROOT, "POLYGON((%s %s,%s %s,%s %s,%s %s,%s %s))",
                box[0], box[1], box[2], box[1], box[2], box[3], box[0], box[3], box[0], box[1]);
        dataset.addProperty(DCTerms.spatial, model.createResource()
                .addProperty(RDF.type, DCTerms.Location)
                .addProperty(DCAT.bbox, model.createTypedLiteral(wkt, GEOSPARQL + "wktLiteral")));
    }

    private static void contacts(Model model, Connection connection, Resource dataset, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select c.first_name, c.last_name, c.email, o.name, o.acronym from contact c"
                        + " left join organisation o on o.id = c.organisation_id"
                        + " where c.dataset_id = ? order by c.position")) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    boolean person = row.getString(2) != null;
                    String name = person ? (row.getString(1) == null ? "" : row.getString(1) + " ") + row.getString(2)
                            : row.getString(4) != null ? row.getString(4) : row.getString(5);
                    if (name == null) {
                        continue;
                    }
                    Resource contact = model.createResource()
                            .addProperty(RDF.type, person ? VCARD4.Individual : VCARD4.Organization)
                            .addProperty(VCARD4.fn, name);
                    if (row.getString(3) != null) {
                        contact.addProperty(VCARD4.hasEmail, model.createResource("mailto:" + row.getString(3)));
                    }
                    dataset.addProperty(DCAT.contactPoint, contact);
                }
            }
        }
    }

    /** Keywords as text; themes: the thesaurus variables of its series and their categories. */
    private static void keywordsAndThemes(Model model, Connection connection, Resource dataset, String id)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select keyword, uri from keyword where dataset_id = ? order by position")) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    dataset.addProperty(DCAT.keyword, row.getString(1));
                    if (row.getString(2) != null) {
                        dataset.addProperty(DCAT.theme, model.createResource(row.getString(2)));
                    }
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select distinct t from series s left join variable v on v.iri = s.variable_iri,"
                        + " unnest(array[s.variable_iri] || coalesce(v.category_path, '{}')) t"
                        + " where s.dataset_id = ? and t is not null order by 1")) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    dataset.addProperty(DCAT.theme, model.createResource(row.getString(1)));
                }
            }
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from dataset");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<String> ids(Connection connection, long offset, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select id from dataset order by id offset ? limit ?")) {
            statement.setLong(1, offset);
            statement.setInt(2, limit);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        return ids;
    }

    private static boolean exists(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select 1 from dataset where id = ?")) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String pageUrl(String base, long page, int size) {
        return base + "/catalog?page=" + page + "&size=" + size;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
