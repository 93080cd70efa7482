package fr.ozcar.insitu.export.netcdf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFileWriter;

/**
 * The global attributes of an exported file: CF-1.8 DSG ({@code featureType}) and ACDD-1.3 discovery
 * metadata from the dataset's pivot metadata. Everything here depends on the data and its deposit, never on
 * the time of the export, so that the same export gives the same bytes (and a download can be resumed).
 */
record AcddAttributes(DatasetMetadata metadata, List<NetcdfSeries> series, List<String> leftOut, Instant extractedAt) {

    void addTo(NetcdfFileWriter writer) {
        global(writer, "Conventions", "CF-1.8, ACDD-1.3");
        global(writer, "featureType", "timeSeries");
        global(writer, "cdm_data_type", "Station");
        global(writer, "title", metadata.title());
        global(writer, "summary", metadata.summary());
        global(writer, "id", metadata.citation().doi() != null ? metadata.citation().doi() : metadata.datasetId());
        global(writer, "naming_authority", metadata.citation().doi() != null ? "org.doi" : "fr.ozcar." + metadata.producerId());
        if (metadata.citation().doi() != null) {
            global(writer, "references", "https://doi.org/" + metadata.citation().doi());
        }
        global(writer, "citation", metadata.citation().text());
        String licence = String.join(" ", java.util.stream.Stream.of(metadata.citation().licenceTitle(),
                metadata.citation().licenceUrl()).filter(Objects::nonNull).toList());
        if (!licence.isEmpty()) {
            global(writer, "license", licence);
        }
        global(writer, "creator_name", metadata.creatorName());
        if (metadata.creatorEmail() != null) {
            global(writer, "creator_email", metadata.creatorEmail());
        }
        global(writer, "institution", metadata.institution());
        global(writer, "publisher_name", metadata.producerTitle());
        if (metadata.producerEmail() != null) {
            global(writer, "publisher_email", metadata.producerEmail());
        }
        if (!metadata.keywords().isEmpty()) {
            global(writer, "keywords", String.join(", ", metadata.keywords()));
            global(writer, "keywords_vocabulary", "OZCAR-Theia thesaurus (https://w3id.org/ozcar-theia/) where an IRI is given");
        }
        global(writer, "standard_name_vocabulary", "CF Standard Name Table");
        if (metadata.lineage() != null) {
            global(writer, "source", metadata.lineage());
        }
        range(writer, "geospatial_lat", NetcdfSeries::latitude, "degrees_north");
        range(writer, "geospatial_lon", NetcdfSeries::longitude, "degrees_east");
        range(writer, "geospatial_vertical", NetcdfSeries::altitude, "m");
        if (series.stream().anyMatch(one -> one.altitude() != null)) {
            global(writer, "geospatial_vertical_positive", "up");
        }
        global(writer, "time_coverage_start", series.stream().map(AcddAttributes::start).min(Instant::compareTo).orElseThrow().toString());
        global(writer, "time_coverage_end", series.stream().map(AcddAttributes::end).max(Instant::compareTo).orElseThrow().toString());
        String deposited = extractedAt.truncatedTo(ChronoUnit.SECONDS).toString();
        global(writer, "date_created", deposited);
        global(writer, "history", deposited + " deposited by producer " + metadata.producerId()
                + "; exported by insitu from dataset " + metadata.datasetId());
        if (!leftOut.isEmpty()) {
            global(writer, "comment", "Series of text results are not in this file (see their CSV export): "
                    + String.join(", ", leftOut));
        }
    }

    /** The series' first time, or the window's start when later. */
    private static Instant start(NetcdfSeries one) {
        return one.slice().from().filter(from -> from.isAfter(one.first())).orElse(one.first());
    }

    private static Instant end(NetcdfSeries one) {
        return one.slice().to().filter(to -> to.isBefore(one.last())).orElse(one.last());
    }

    private void range(NetcdfFileWriter writer, String prefix, Function<NetcdfSeries, Double> value, String units) {
        List<Double> values = series.stream().map(value).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return;
        }
        writer.addGroupAttribute(null, new Attribute(prefix + "_min", values.stream().min(Double::compare).orElseThrow()));
        writer.addGroupAttribute(null, new Attribute(prefix + "_max", values.stream().max(Double::compare).orElseThrow()));
        writer.addGroupAttribute(null, new Attribute(prefix + "_units", units));
    }

    private static void global(NetcdfFileWriter writer, String name, String value) {
        if (value != null) {
            writer.addGroupAttribute(null, new Attribute(name, value));
        }
    }
}
