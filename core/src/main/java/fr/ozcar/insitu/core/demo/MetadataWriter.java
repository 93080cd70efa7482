package fr.ozcar.insitu.core.demo;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a producer's {@code XXXX_en.json} in the pivot format v1.2: field names as observatories
 * spell them ({@code timeSerie}, {@code priviledgedUsers}), optional fields left out rather than
 * null, "\n" line ends whatever the platform, so that the bytes only depend on the seed.
 */
final class MetadataWriter {

    private static final String FORMAT_VERSION = "1.2";
    private static final double EXTENT_MARGIN = 0.01;

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectWriter writer = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private final long seed;

    MetadataWriter(long seed) {
        this.seed = seed;
    }

    byte[] write(DemoProducer producer) throws IOException {
        ObjectNode root = nodes.objectNode();
        root.put("version", FORMAT_VERSION);
        root.set("producer", producer(producer));
        ArrayNode datasets = root.putArray("datasets");
        for (DemoDataset dataset : producer.datasets()) {
            datasets.add(dataset(producer, dataset));
        }
        return writer.writeValueAsBytes(root);
    }

    private ObjectNode producer(DemoProducer producer) {
        ObjectNode node = nodes.objectNode();
        node.put("producerId", producer.id());
        node.put("name", producer.name());
        node.put("title", producer.title());
        node.put("description", producer.description());
        node.put("objectives", producer.objectives());
        Set<String> variables = new LinkedHashSet<>();
        producer.series().forEach(series -> variables.add(series.variable().name()));
        ArrayNode measured = node.putArray("measuredVariables");
        variables.forEach(measured::add);
        node.put("email", producer.email());
        ArrayNode contacts = node.putArray("contacts");
        producer.contacts().forEach(contact -> contacts.add(contact(contact)));
        ArrayNode fundings = node.putArray("fundings");
        for (DemoFunding funding : producer.fundings()) {
            ObjectNode fundingNode = fundings.addObject();
            fundingNode.put("type", funding.type());
            fundingNode.put("iso3166", funding.iso3166());
            putIfPresent(fundingNode, "acronym", funding.acronym());
            putIfPresent(fundingNode, "name", funding.name());
        }
        ObjectNode online = node.putObject("onlineResource");
        online.put("urlDownload", producer.urlDownload());
        online.put("urlInfo", producer.urlInfo());
        ArrayNode webservices = online.putArray("webservices");
        ObjectNode sta = webservices.addObject();
        sta.put("description", "OGC SensorThings API of the observatory");
        sta.put("url", producer.urlDownload() + "/sta/v1.1");
        return node;
    }

    private ObjectNode contact(DemoContact contact) {
        ObjectNode node = nodes.objectNode();
        node.put("firstName", contact.firstName());
        node.put("lastName", contact.lastName());
        node.put("email", contact.email());
        node.put("role", contact.role());
        if (contact.organisation() != null) {
            ObjectNode organisation = node.putObject("organisation");
            organisation.put("name", contact.organisation().name());
            putIfPresent(organisation, "acronym", contact.organisation().acronym());
            organisation.put("role", "Research group");
            organisation.put("iso3166", contact.organisation().iso3166());
        }
        return node;
    }

    private ObjectNode dataset(DemoProducer producer, DemoDataset dataset) {
        ObjectNode node = nodes.objectNode();
        node.put("datasetId", dataset.datasetId(producer.id()));
        ObjectNode metadata = node.putObject("metadata");
        metadata.put("title", dataset.title());
        metadata.put("description", dataset.description());
        metadata.put("objective", dataset.objective());
        metadata.put("datasetLineage", dataset.lineage());
        ArrayNode contacts = metadata.putArray("contacts");
        dataset.contacts().forEach(contact -> contacts.add(contact(contact)));
        strings(metadata.putArray("topicCategories"), dataset.topicCategories());
        metadata.put("inspireTheme", dataset.inspireTheme());
        ArrayNode keywords = metadata.putArray("keywords");
        dataset.keywords().forEach(keyword -> keywords.addObject().put("keyword", keyword));
        metadata.set("dataConstraint", dataConstraint(producer.licence(), dataset.embargo()));
        ObjectNode criteria = metadata.putObject("portalSearchCriteria");
        Set<String> climates = new LinkedHashSet<>();
        dataset.series().forEach(series -> climates.add(series.station().climate().portalName()));
        strings(criteria.putArray("climates"), List.copyOf(climates));
        strings(criteria.putArray("geologies"), dataset.geologies());
        metadata.set("spatialExtent", spatialExtent(dataset));
        ArrayNode observations = node.putArray("observations");
        for (DemoSeries series : dataset.series()) {
            observations.add(observation(producer.id(), series));
        }
        return node;
    }

    private ObjectNode dataConstraint(DemoLicence licence, DemoEmbargo embargo) {
        ObjectNode node = nodes.objectNode();
        node.put("accessUseConstraint", licence.accessUseConstraint());
        node.put("urlDataPolicy", licence.urlDataPolicy());
        ObjectNode licenceNode = node.putObject("licence");
        licenceNode.put("title", licence.title());
        licenceNode.put("url", licence.url());
        if (embargo != null) {
            ObjectNode embargoNode = node.putObject("embargo");
            embargoNode.put("duration", embargo.days());
            strings(embargoNode.putArray("priviledgedUsers"), embargo.priviledgedUsers());
        }
        return node;
    }

    /** The bounding box of the dataset's sampling features, slightly widened, as a GeoJSON Polygon. */
    private ObjectNode spatialExtent(DemoDataset dataset) {
        double west = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (DemoSeries series : dataset.series()) {
            for (double[] position : series.track().positions()) {
                west = Math.min(west, position[0]);
                east = Math.max(east, position[0]);
                south = Math.min(south, position[1]);
                north = Math.max(north, position[1]);
            }
        }
        west -= EXTENT_MARGIN;
        east += EXTENT_MARGIN;
        south -= EXTENT_MARGIN;
        north += EXTENT_MARGIN;
        ObjectNode feature = nodes.objectNode();
        feature.put("type", "Feature");
        feature.putObject("properties");
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Polygon");
        ArrayNode ring = geometry.putArray("coordinates").addArray();
        double[][] corners = {{west, south}, {east, south}, {east, north}, {west, north}, {west, south}};
        for (double[] corner : corners) {
            ring.addArray().add(round(corner[0])).add(round(corner[1]));
        }
        return feature;
    }

    private ObjectNode observation(String producerId, DemoSeries series) {
        SeriesRun.SeriesExtent extent = new SeriesRun(producerId, series, seed).extent();
        ObjectNode node = nodes.objectNode();
        node.put("observationId", series.observationId(producerId));
        node.put("processingLevel", series.style().processingLevel());
        node.put("dataType", "Numeric");
        node.put("timeSerie", true);
        ObjectNode temporal = node.putObject("temporalExtent");
        temporal.put("dateBeg", UtcTimestamps.format(extent.begin()));
        temporal.put("dateEnd", UtcTimestamps.format(extent.end()));
        ObjectNode sampling = node.putObject("featureOfInterest").putObject("samplingFeature");
        sampling.put("name", series.station().name());
        sampling.put("type", "Feature");
        sampling.putObject("properties");
        ObjectNode geometry = sampling.putObject("geometry");
        geometry.put("type", series.track().geometryType());
        List<double[]> positions = series.track().positions();
        if (positions.size() == 1) {
            position(geometry.putArray("coordinates"), positions.get(0));
        } else {
            ArrayNode coordinates = geometry.putArray("coordinates");
            positions.forEach(position -> position(coordinates.addArray(), position));
        }
        ObjectNode property = node.putObject("observedProperty");
        property.put("name", series.variable().name());
        property.put("unit", series.variable().unit());
        property.put("description", series.description());
        property.putArray("theiaCategories").add(series.variable().categoryIri());
        node.set("procedure", procedure(series, extent));
        ObjectNode result = node.putObject("result");
        result.putObject("dataFile").put("name", series.dataFileName(producerId));
        result.put("missingValue", series.style().missingValue());
        ArrayNode flags = result.putArray("qualityFlags");
        for (QualityFlag flag : series.style().quality().flags()) {
            flags.addObject().put("code", flag.code()).put("description", flag.description());
        }
        if (!series.additionalColumns().isEmpty()) {
            ArrayNode additional = result.putArray("additionalValues");
            for (AdditionalColumn column : series.additionalColumns()) {
                additional.addObject().put("name", column.name()).put("columnName", column.columnName())
                        .put("description", column.description()).put("unit", column.unit());
            }
        }
        return node;
    }

    private ObjectNode procedure(DemoSeries series, SeriesRun.SeriesExtent extent) {
        DemoSensor sensor = series.sensor();
        ObjectNode procedure = nodes.objectNode();
        ObjectNode production = procedure.putObject("dataProduction");
        production.put("method", sensor.method());
        ObjectNode sensorNode = production.putArray("sensors").addObject();
        if (sensor.isPhysical()) {
            sensorNode.put("model", sensor.model());
            sensorNode.put("manufacturer", sensor.manufacturer());
            sensorNode.put("sensorType", sensor.sensorType());
            ObjectNode period = sensorNode.putArray("activityPeriods").addObject();
            period.put("dateBeg", UtcTimestamps.format(extent.begin()));
            period.put("dateEnd", UtcTimestamps.format(extent.end()));
        } else {
            sensorNode.put("name", sensor.name());
            sensorNode.put("parametrisationDescription", sensor.method());
        }
        ObjectNode lineage = procedure.putArray("lineageInformations").addObject();
        lineage.put("processingDescription", series.style().processingLevel().equals("Raw data")
                ? "Logger values converted to physical units, no correction"
                : "Automatic range and spike tests, then visual check by the data manager");
        return procedure;
    }

    private static void position(ArrayNode array, double[] position) {
        array.add(round(position[0])).add(round(position[1])).add(round(position[2]));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
