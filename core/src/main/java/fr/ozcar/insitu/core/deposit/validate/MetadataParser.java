package fr.ozcar.insitu.core.deposit.validate;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.Problems;
import fr.ozcar.insitu.core.model.AdditionalValue;
import fr.ozcar.insitu.core.model.Contact;
import fr.ozcar.insitu.core.model.DataPolicy;
import fr.ozcar.insitu.core.model.Dataset;
import fr.ozcar.insitu.core.model.Funding;
import fr.ozcar.insitu.core.model.Keyword;
import fr.ozcar.insitu.core.model.Observation;
import fr.ozcar.insitu.core.model.ObservedProperty;
import fr.ozcar.insitu.core.model.Organisation;
import fr.ozcar.insitu.core.model.PivotDeposit;
import fr.ozcar.insitu.core.model.PivotTerms;
import fr.ozcar.insitu.core.model.Producer;
import fr.ozcar.insitu.core.model.QualityFlag;
import fr.ozcar.insitu.core.model.SamplingFeature;
import fr.ozcar.insitu.core.model.SearchCriteria;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a pivot metadata file ({@code XXXX_en.json}) into the model, reporting every defect with its
 * JSON path (or line and column for a syntax error). Returns a deposit only when it could be read
 * well enough to check the data files; any error it reports rejects the deposit.
 */
public final class MetadataParser {

    public static final Pattern PRODUCER_ID = Pattern.compile("^[A-Z]{4}$");
    public static final Pattern DATASET_ID = Pattern.compile("^[A-Z]{4}_DAT_.+$");
    public static final Pattern OBSERVATION_ID = Pattern.compile("^[A-Z]{4}_OBS_.+$");

    // decimals are kept as written (no rounding through double), so the stored document is lossless
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private final Problems problems;
    private String file;
    private String producerId;
    private final Set<String> datasetIds = new HashSet<>();
    private final Set<String> observationIds = new HashSet<>();
    private final Map<String, SamplingFeature> stations = new HashMap<>();

    public MetadataParser(Problems problems) {
        this.problems = problems;
    }

    /** Null when the file is not JSON, or so broken that its data files cannot be checked. */
    public PivotDeposit parse(String file, byte[] content) {
        this.file = file;
        JsonNode root;
        try {
            int start = hasBom(content) ? 3 : 0;
            root = JSON.readTree(content, start, content.length - start);
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(e, content));
            return null;
        } catch (IOException e) {
            problems.add(Problem.error("json-syntax", "the metadata file cannot be read: " + e.getMessage())
                    .inFile(file));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(Problem.error("json-wrong-type", "the metadata file must hold a JSON object")
                    .inFile(file).atPath("$"));
            return null;
        }
        refuseNulCharacters(root, "$");
        JsonObject top = new JsonObject(root, "$", file, problems);
        String version = version(top);
        JsonObject producerObject = top.object("producer", true);
        Producer producer = producerObject == null ? null : producer(producerObject);
        List<Dataset> datasets = top.each(top.objects("datasets", true), this::dataset);
        top.finish();
        if (producer == null) {
            return null;
        }
        return new PivotDeposit(version, producer, datasets, root);
    }

    /** PostgreSQL text cannot hold U+0000: left in, it would fail the load as if the database were at fault. */
    private void refuseNulCharacters(JsonNode node, String path) {
        if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            problems.add(nulCharacter(path, "this text"));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseNulCharacters(node.get(i), path + "[" + i + "]");
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().indexOf('\0') >= 0) {
                    problems.add(nulCharacter(path, "a field name"));
                }
                refuseNulCharacters(field.getValue(), path + "." + field.getKey());
            }
        }
    }

    private Problem nulCharacter(String path, String what) {
        return Problem.error("json-nul-character", what + " holds a NUL character (\\u0000), which cannot be stored: remove it")
                .inFile(file).atPath(path);
    }

    private Problem syntaxProblem(JsonProcessingException e, byte[] content) {
        var location = e.getLocation();
        long line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String detail = e.getOriginalMessage();
        if (e instanceof JsonParseException && location != null && followsComma(content, location.getByteOffset())) {
            return Problem.error("json-trailing-comma", "a comma is followed by a closing bracket: remove the"
                    + " trailing comma (the pivot format is strict JSON)").inFile(file).at(line, column);
        }
        // Jackson's limits (nesting depth, number length) name its own settings, which mean nothing to a producer
        Problem problem = Problem.error("json-syntax", "the metadata file is not valid JSON: "
                + detail.replaceAll(",? from `[^`]*`", "")).inFile(file);
        return location == null ? problem : problem.at(line, column);
    }

    /**
     * Whether the unexpected character (at {@code offset}, or just before it: parsers differ on which
     * they report) is a closing bracket preceded, blanks aside, by a comma.
     */
    private static boolean followsComma(byte[] content, long offset) {
        for (long at = offset; at >= offset - 1; at--) {
            int i = (int) Math.min(at, content.length - 1);
            if (i >= 0 && (content[i] == '}' || content[i] == ']')) {
                for (i--; i >= 0; i--) {
                    if (!Character.isWhitespace(content[i])) {
                        return content[i] == ',';
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    private Producer producer(JsonObject p) {
        producerId = p.requiredText("producerId");
        if (producerId != null && !PRODUCER_ID.matcher(producerId).matches()) {
            p.error("json-bad-id", "producer id '" + producerId + "' must be 4 capital letters, e.g. CATC",
                    p.pathOf("producerId"));
        }
        Producer producer = new Producer(producerId,
                p.requiredText("name"), p.requiredText("title"), p.requiredText("description"),
                p.optionalText("objectives"), measuredVariables(p), p.email("email", false),
                p.each(p.objects("contacts", true), c -> contact(c, PivotTerms.PRODUCER_CONTACT_ROLES)),
                p.each(p.objects("fundings", true), this::funding),
                onlineResource(p));
        p.finish();
        return producer;
    }

    /** Written "1.2" or 1.2 in the wild: both name the same version. */
    private static String version(JsonObject top) {
        JsonNode node = top.node().get("version");
        if (node != null && node.isNumber()) {
            top.ignore("version");
            return node.asText();
        }
        return top.optionalText("version");
    }

    /** A sentence in the format's documentation, a list of names in many deposits: both are accepted. */
    private static String measuredVariables(JsonObject p) {
        JsonNode node = p.node().get("measuredVariables");
        if (node != null && node.isArray()) {
            return String.join(", ", p.texts("measuredVariables", false));
        }
        return p.optionalText("measuredVariables");
    }

    private JsonNode onlineResource(JsonObject parent) {
        JsonObject resource = parent.object("onlineResource", false);
        if (resource == null) {
            return null;
        }
        resource.url("urlDownload", false);
        resource.url("urlInfo", false);
        resource.optionalText("doi");
        resource.each(resource.objects("webservices", false), service -> {
            service.requiredText("description");
            service.url("url", true);
            return service;
        });
        resource.finish();
        return resource.node();
    }

    /** A person with one of {@code roles}, or (dataset contacts) an organisation with role "Research group". */
    private Contact contact(JsonObject c, Set<String> roles) {
        JsonNode role = c.node().get("role");
        if (role != null && role.isTextual() && PivotTerms.ORGANISATION_ROLES.contains(role.asText())
                && roles == PivotTerms.DATASET_PERSON_ROLES) {
            Organisation organisation = organisation(c);
            return new Contact(null, null, null, organisation.role(), null, organisation);
        }
        String orcid = c.optionalText("orcId");
        if (orcid != null && !Formats.isOrcid(orcid)) {
            c.error("json-bad-orcid", "'" + orcid + "' is not an ORCID (0000-0002-1825-0097)", c.pathOf("orcId"));
        }
        JsonObject organisation = c.object("organisation", false);
        Organisation org = null;
        if (organisation != null) {
            org = organisation(organisation);
            organisation.finish();
        }
        return new Contact(c.requiredText("firstName"), c.requiredText("lastName"), c.email("email", true),
                c.oneOf("role", true, roles), orcid, org);
    }

    private Organisation organisation(JsonObject o) {
        String name = o.optionalText("name");
        String acronym = o.optionalText("acronym");
        String idScanR = o.optionalText("idScanR");
        if (name == null && acronym == null && !o.node().has("name") && !o.node().has("acronym")) {
            o.error("json-missing-field", "an organisation needs a name or an acronym", o.pathOf("name"));
        }
        return new Organisation(name, acronym, o.oneOf("role", true, PivotTerms.ORGANISATION_ROLES),
                o.country("iso3166", true), idScanR);
    }

    private Funding funding(JsonObject f) {
        String acronym = f.optionalText("acronym");
        String name = f.optionalText("name");
        String idScanR = f.optionalText("idScanR");
        if (acronym == null && name == null && idScanR == null
                && !f.node().has("acronym") && !f.node().has("name") && !f.node().has("idScanR")) {
            f.error("json-missing-field", "a funding needs an acronym, a name or an idScanR", f.pathOf("name"));
        }
        return new Funding(f.oneOf("type", true, PivotTerms.FUNDING_TYPES), f.country("iso3166", true),
                acronym, name, idScanR);
    }

    private Dataset dataset(JsonObject d) {
        String id = d.requiredText("datasetId");
        if (id != null) {
            checkId(d, "datasetId", id, DATASET_ID, "XXXX_DAT_<name>");
            if (!datasetIds.add(id)) {
                d.error("duplicate-dataset-id", "dataset id '" + id + "' is used by another dataset of the deposit",
                        d.pathOf("datasetId"));
            }
        }
        JsonObject m = d.object("metadata", true);
        List<Observation> observations = d.each(d.objects("observations", true), this::observation);
        if (m == null) {
            return null;
        }
        String title = m.requiredText("title");
        String description = m.requiredText("description");
        String objective = m.optionalText("objective");
        String lineage = m.requiredText("datasetLineage");
        List<Contact> contacts = m.each(m.objects("contacts", true),
                c -> contact(c, PivotTerms.DATASET_PERSON_ROLES));
        List<String> topics = m.texts("topicCategories", true);
        for (int i = 0; i < topics.size(); i++) {
            if (!PivotTerms.isTopicCategory(topics.get(i))) {
                m.error("json-unknown-value", "'" + topics.get(i) + "' is not an ISO 19115 topic category",
                        m.pathOf("topicCategories") + "[" + i + "]");
            }
        }
        String inspireTheme = m.requiredText("inspireTheme");
        List<Keyword> keywords = m.each(m.objects("keywords", false),
                k -> new Keyword(k.requiredText("keyword"), k.url("uri", false)));
        m.each(m.objects("documents", false), doc -> {
            doc.oneOf("type", true, PivotTerms.DOCUMENT_TYPES);
            doc.url("url", true);
            return doc;
        });
        JsonNode onlineResource = onlineResource(m);
        DataPolicy policy = dataPolicy(m);
        SearchCriteria criteria = criteria(m);
        JsonNode extent = m.raw("spatialExtent", true);
        if (extent != null) {
            checkSpatialExtent(extent, m.pathOf("spatialExtent"), m);
        }
        m.finish();
        String doi = onlineResource != null && onlineResource.hasNonNull("doi")
                ? onlineResource.get("doi").asText() : null;
        return new Dataset(id, title, description, objective, lineage, contacts, topics, inspireTheme, keywords,
                policy, doi, extent, criteria, observations, d.node());
    }

    private DataPolicy dataPolicy(JsonObject m) {
        JsonObject c = m.object("dataConstraint", true);
        if (c == null) {
            return new DataPolicy(null, null, null, null, null);
        }
        String access = c.requiredText("accessUseConstraint");
        String policyUrl = c.url("urlDataPolicy", false);
        String licenceTitle = null;
        String licenceUrl = null;
        JsonObject licence = c.object("licence", false);
        if (licence != null) {
            licenceTitle = licence.requiredText("title");
            licenceUrl = licence.url("url", true);
            licence.finish();
        }
        Integer embargo = null;
        JsonObject e = c.object("embargo", false);
        if (e != null) {
            embargo = e.integer("duration", true);
            if (embargo != null && embargo < 0) {
                e.error("json-bad-value", "an embargo duration is a number of days, not negative", e.pathOf("duration"));
            }
            List<String> users = e.texts("priviledgedUsers", false);
            for (int i = 0; i < users.size(); i++) {
                if (!Formats.isEmail(users.get(i))) {
                    e.error("json-bad-email", "'" + users.get(i) + "' is not an email address",
                            e.pathOf("priviledgedUsers") + "[" + i + "]");
                }
            }
            e.finish();
        }
        c.finish();
        return new DataPolicy(access, licenceTitle, licenceUrl, policyUrl, embargo);
    }

    /** Deprecated by the format (derived per station now) but accepted, and used for the dataset's stations. */
    private static SearchCriteria criteria(JsonObject m) {
        JsonObject criteria = m.object("portalSearchCriteria", false);
        if (criteria == null) {
            return SearchCriteria.NONE;
        }
        SearchCriteria declared = new SearchCriteria(checkAll(criteria, "climates", PivotTerms.CLIMATES),
                checkAll(criteria, "geologies", PivotTerms.GEOLOGIES));
        criteria.finish();
        return declared;
    }

    private static List<String> checkAll(JsonObject parent, String field, Set<String> allowed) {
        List<String> values = parent.texts(field, false);
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                parent.error("json-unknown-value", "'" + values.get(i) + "' is not an allowed value of '" + field
                        + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")",
                        parent.pathOf(field) + "[" + i + "]");
            }
        }
        return values;
    }

    private Observation observation(JsonObject o) {
        String id = o.requiredText("observationId");
        if (id != null) {
            checkId(o, "observationId", id, OBSERVATION_ID, "XXXX_OBS_<name>");
            if (!observationIds.add(id)) {
                o.error("duplicate-observation-id", "observation id '" + id
                        + "' is used by another observation of the deposit", o.pathOf("observationId"));
            }
        }
        // older producers' files omit it: stored as not given rather than refusing years of data
        String level = o.recommendedOneOf("processingLevel", PivotTerms.PROCESSING_LEVELS,
                "the series is published with its processing level not given");
        String dataType = o.oneOf("dataType", true, PivotTerms.DATA_TYPES);
        Boolean timeSerie = o.bool("timeSerie", true);
        Instant begin = null;
        Instant end = null;
        JsonObject extent = o.object("temporalExtent", true);
        if (extent != null) {
            begin = instant(extent, "dateBeg");
            end = instant(extent, "dateEnd");
            if (begin != null && end != null && end.isBefore(begin)) {
                extent.error("json-bad-value", "dateEnd is before dateBeg", extent.pathOf("dateEnd"));
            }
            extent.finish();
        }
        SamplingFeature station = samplingFeature(o);
        ObservedProperty property = observedProperty(o);
        if (property == null) {
            property = new ObservedProperty(null, null, null, List.of());
        }
        JsonNode procedure = o.raw("procedure", false);
        if (procedure != null && !procedure.isObject()) {
            o.error("json-wrong-type", "'procedure' must be an object", o.pathOf("procedure"));
        } else if (procedure != null) {
            checkSensors(o, procedure);
        }
        JsonObject result = o.object("result", true);
        String dataFile = null;
        String missingValue = null;
        List<QualityFlag> flags = List.of();
        List<AdditionalValue> additional = List.of();
        if (result != null) {
            JsonObject file = result.object("dataFile", true);
            if (file != null) {
                dataFile = file.requiredText("name");
                if (dataFile != null && (dataFile.contains("/") || dataFile.contains("\\") || dataFile.equals(".."))) {
                    file.error("json-bad-file-name", "the data file name must be a plain file name, not a path",
                            file.pathOf("name"));
                    dataFile = null;
                }
                file.finish();
            }
            missingValue = missingValue(result);
            flags = qualityFlags(result);
            additional = additionalValues(result);
            result.finish();
        }
        o.finish();
        // kept despite other defects (the deposit is rejected anyway) so that its data file is still checked
        if (id == null || dataFile == null) {
            return null;
        }
        if (station == null) {
            // its defect is reported; without a stand-in its data file would be called unexpected, and unchecked
            station = new SamplingFeature("", "Point", JSON.nullNode(), Double.NaN, Double.NaN, null,
                    JSON.createObjectNode());
        }
        return new Observation(id, level, dataType, Boolean.TRUE.equals(timeSerie), begin, end, station, property,
                procedure, dataFile, missingValue, flags, additional, o.node());
    }

    /**
     * A physical sensor (one without the virtual sensor's {@code name}) should say its model and
     * manufacturer: the format recommends them, so their absence is a warning, never an error.
     */
    private static void checkSensors(JsonObject o, JsonNode procedure) {
        JsonNode sensors = procedure.path("dataProduction").path("sensors");
        for (int i = 0; i < sensors.size(); i++) {
            JsonNode sensor = sensors.get(i);
            if (!sensor.isObject() || sensor.has("name")) {
                continue;
            }
            for (String field : List.of("model", "manufacturer")) {
                if (!sensor.has(field)) {
                    o.warning("json-recommended-field-missing", "recommended field '" + field
                            + "' of a physical sensor is missing", o.pathOf("procedure") + ".dataProduction.sensors["
                            + i + "]." + field);
                }
            }
        }
    }

    /** The missing value code is compared with the cells as text: numbers are kept as written. */
    private static String missingValue(JsonObject result) {
        JsonNode node = result.node().get("missingValue");
        if (node != null && node.isNumber()) {
            result.ignore("missingValue");
            return node.asText();
        }
        return result.optionalText("missingValue");
    }

    private static List<QualityFlag> qualityFlags(JsonObject result) {
        Set<String> codes = new HashSet<>();
        return result.each(result.objects("qualityFlags", false), flag -> {
            JsonNode codeNode = flag.node().get("code");
            String code = codeNode != null && codeNode.isNumber() ? codeNode.asText() : null;
            if (code != null) {
                flag.ignore("code");
            } else {
                code = flag.requiredText("code");
            }
            String description = flag.requiredText("description");
            if (code == null) {
                return null;
            }
            if (code.contains("|") || code.contains(";")) {
                flag.error("json-bad-value", "a quality flag code cannot contain '|' or ';'", flag.pathOf("code"));
            }
            if (!codes.add(code)) {
                flag.error("json-duplicate-flag", "quality flag code '" + code + "' is declared twice",
                        flag.pathOf("code"));
            }
            return new QualityFlag(code, description);
        });
    }

    private static List<AdditionalValue> additionalValues(JsonObject result) {
        Set<String> columns = new HashSet<>(DataFileColumns.STANDARD_NAMES);
        return result.each(result.objects("additionalValues", false), value -> {
            String column = value.requiredText("columnName");
            if (column != null && !columns.add(column)) {
                value.error("json-duplicate-column", "column '" + column
                        + "' is a standard column or another additional value's column", value.pathOf("columnName"));
            }
            AdditionalValue additional = new AdditionalValue(value.requiredText("name"), column,
                    value.optionalText("description"), value.optionalText("unit"));
            return column == null ? null : additional;
        });
    }

    private SamplingFeature samplingFeature(JsonObject o) {
        JsonObject foi = o.object("featureOfInterest", true);
        if (foi == null) {
            return null;
        }
        JsonObject s = foi.object("samplingFeature", true);
        foi.finish();
        if (s == null) {
            return null;
        }
        String name = s.requiredText("name");
        String type = s.optionalText("type");
        if (type != null && !type.equals("Feature")) {
            s.error("json-unknown-value", "a sampling feature's type is 'Feature', not '" + type + "'", s.pathOf("type"));
        }
        JsonNode properties = s.raw("properties", false);
        JsonObject geometry = s.object("geometry", true);
        s.finish();
        if (geometry == null) {
            return null;
        }
        SamplingFeature station = geometry(geometry, name, properties);
        if (station == null || name == null) {
            return null;
        }
        SamplingFeature known = stations.putIfAbsent(name, station);
        if (known != null && !known.geometry().equals(station.geometry())) {
            geometry.warning("station-geometry-differs", "sampling feature '" + name
                    + "' is described with another geometry elsewhere in the deposit: the first one is kept",
                    geometry.path());
            return known;
        }
        return station;
    }

    private SamplingFeature geometry(JsonObject g, String name, JsonNode properties) {
        String type = g.oneOf("type", true, PivotTerms.GEOMETRY_TYPES);
        JsonNode coordinates = g.raw("coordinates", true);
        g.finish();
        if (type == null || coordinates == null) {
            return null;
        }
        JsonNode point = coordinates;
        while (point.isArray() && point.size() > 0 && point.get(0).isArray()) {
            point = point.get(0);
        }
        String path = g.pathOf("coordinates");
        if (!point.isArray() || point.size() < 2 || point.size() > 3 || !allNumbers(point)) {
            g.error("json-bad-geometry", "coordinates must be [longitude, latitude] or [longitude, latitude,"
                    + " elevation] numbers (nested for a " + type + ")", path);
            return null;
        }
        double lon = point.get(0).asDouble();
        double lat = point.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            g.error("json-bad-geometry", "coordinates are [longitude, latitude] in WGS 84: " + point
                    + " is out of range (latitude and longitude swapped?)", path);
            return null;
        }
        Double altitude = point.size() == 3 ? point.get(2).asDouble() : null;
        return new SamplingFeature(name, type, g.node(), lon, lat, altitude,
                properties == null ? JSON.createObjectNode() : properties);
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static void checkSpatialExtent(JsonNode extent, String path, JsonObject parent) {
        JsonNode geometry = extent.get("geometry");
        String type = geometry == null || !geometry.has("type") ? null : geometry.get("type").asText();
        if (!extent.isObject() || !"Feature".equals(extent.path("type").asText())
                || !("Polygon".equals(type) || "MultiPolygon".equals(type))
                || !geometry.path("coordinates").isArray()) {
            parent.error("json-bad-geometry", "the spatial extent must be a GeoJSON Feature whose geometry is a"
                    + " Polygon or MultiPolygon", path);
        }
    }

    private ObservedProperty observedProperty(JsonObject o) {
        JsonObject p = o.object("observedProperty", true);
        if (p == null) {
            return null;
        }
        String name = p.requiredText("name");
        String unit = p.requiredText("unit");
        String description = p.optionalText("description");
        List<String> categories = p.texts("theiaCategories", true);
        for (int i = 0; i < categories.size(); i++) {
            if (!Formats.isUrl(categories.get(i))) {
                p.error("json-bad-url", "'" + categories.get(i) + "' is not a thesaurus IRI",
                        p.pathOf("theiaCategories") + "[" + i + "]");
            }
        }
        p.ignore("keywords", "gcmdKeywords");
        p.finish();
        return new ObservedProperty(name, unit, description, categories);
    }

    private static Instant instant(JsonObject parent, String field) {
        String value = parent.requiredText(field);
        if (value == null) {
            return null;
        }
        long micros = UtcTimestamps.parseMicros(value);
        if (micros == UtcTimestamps.INVALID) {
            parent.error("json-bad-date", "'" + value + "' " + UtcTimestamps.whyNot(value), parent.pathOf(field));
            return null;
        }
        return UtcTimestamps.toInstant(micros);
    }

    private void checkId(JsonObject parent, String field, String id, Pattern pattern, String form) {
        if (!pattern.matcher(id).matches()) {
            parent.error("json-bad-id", "'" + id + "' is not a valid " + field + " (expected " + form + ")",
                    parent.pathOf(field));
        } else if (producerId != null && !id.startsWith(producerId + "_")) {
            parent.error("id-prefix-mismatch", "'" + id + "' must start with the producer id " + producerId,
                    parent.pathOf(field));
        }
    }
}
