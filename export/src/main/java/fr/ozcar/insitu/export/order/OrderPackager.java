package fr.ozcar.insitu.export.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.export.Citation;
import fr.ozcar.insitu.export.ExportFile;
import fr.ozcar.insitu.export.ExportOptions;
import fr.ozcar.insitu.export.ExportScope;
import fr.ozcar.insitu.export.ExportScopes;
import fr.ozcar.insitu.export.SeriesSlice;
import fr.ozcar.insitu.export.csv.CsvFormat;
import fr.ozcar.insitu.export.netcdf.NetcdfFormat;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * Writes an order's package, one zip: {@code csv/<observationId>.txt} (with the citation header) and/or
 * {@code netcdf/<datasetId>.nc} (the ordered series of each dataset), {@code metadata/<producerId>_en.json} (the
 * pivot metadata restricted to the ordered datasets and observations), {@code README.txt} (every dataset's
 * citation, licence and constraints) and {@code manifest-sha256.txt} ({@code sha256sum -c} format). Rows stream
 * through; the zip is written to a temporary name and renamed when complete, so no half package is ever served.
 */
final class OrderPackager {

    private final DataSource dataSource;
    private final ExportScopes scopes;
    private final CsvFormat csv;
    private final NetcdfFormat netcdf;

    OrderPackager(DataSource dataSource, Path temporaryFolder) {
        this.dataSource = dataSource;
        this.scopes = new ExportScopes(dataSource);
        this.csv = new CsvFormat(dataSource);
        this.netcdf = new NetcdfFormat(dataSource, temporaryFolder);
    }

    /** Writes the package of {@code orderId} to {@code target}; {@code progress} hears percentages. */
    void write(String orderId, OrderRequest request, Viewer viewer, Path target, IntConsumer progress) throws Exception {
        ExportOptions options = new ExportOptions(Optional.ofNullable(request.from()), Optional.ofNullable(request.to()),
                false, true);
        Map<String, List<SeriesSlice>> byDataset = new LinkedHashMap<>();
        Map<String, ExportScope> seriesScopes = new LinkedHashMap<>();
        for (String observationId : request.observationIds()) {
            ExportScope scope = scopes.series(observationId, options, viewer);
            seriesScopes.put(observationId, scope);
            byDataset.computeIfAbsent(scope.datasetId(), id -> new ArrayList<>()).add(scope.series().get(0));
        }
        List<ExportFile> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (request.csv()) {
            for (ExportScope scope : seriesScopes.values()) {
                files.add(csv.prepare(scope, options));
                names.add("csv/" + scope.fileStem() + ".txt");
            }
        }
        if (request.netcdf()) {
            for (Map.Entry<String, List<SeriesSlice>> dataset : byDataset.entrySet()) {
                if (dataset.getValue().stream().anyMatch(SeriesSlice::numeric)) {
                    ExportScope any = seriesScopes.get(dataset.getValue().get(0).observationId());
                    files.add(netcdf.prepare(new ExportScope(dataset.getKey(), dataset.getKey(), true, any.extractedAt(),
                            dataset.getValue(), viewer), options));
                    names.add("netcdf/" + dataset.getKey() + ".nc");
                }
            }
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        StringBuilder manifest = new StringBuilder();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial), StandardCharsets.UTF_8)) {
            for (int i = 0; i < files.size(); i++) {
                ExportFile file = files.get(i);
                entry(zip, names.get(i), file::writeTo, manifest);
                progress.accept((i + 1) * 90 / files.size());
            }
            try (Connection connection = dataSource.getConnection()) {
                for (Map.Entry<String, String> metadata : metadata(connection, byDataset.keySet(), request.observationIds()).entrySet()) {
                    entry(zip, "metadata/" + metadata.getKey() + "_en.json",
                            out -> out.write(metadata.getValue().getBytes(StandardCharsets.UTF_8)), manifest);
                }
                String readme = readme(connection, orderId, request, byDataset.keySet());
                entry(zip, "README.txt", out -> out.write(readme.getBytes(StandardCharsets.UTF_8)), manifest);
            }
            zip.putNextEntry(new ZipEntry("manifest-sha256.txt"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (Exception e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        progress.accept(100);
    }

    /** What writes one entry's bytes. */
    @FunctionalInterface
    private interface Body {
        void writeTo(OutputStream out) throws Exception;
    }

    /** Writes a zip entry and adds its SHA-256 to the manifest. */
    private static void entry(ZipOutputStream zip, String name, Body body, StringBuilder manifest) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        OutputStream unclosable = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush(); // the zip stays open for the next entry
            }
        };
        try (DigestOutputStream out = new DigestOutputStream(unclosable, sha256)) {
            body.writeTo(out);
        }
        zip.closeEntry();
        manifest.append(HexFormat.of().formatHex(sha256.digest())).append("  ").append(name).append('\n');
    }

    /** Each producer's metadata file restricted to the ordered datasets and observations. */
    private static Map<String, String> metadata(Connection connection, Set<String> datasets, List<String> observations)
            throws SQLException {
        Map<String, String> files = new LinkedHashMap<>();
        Set<String> wanted = new LinkedHashSet<>(observations);
        try (PreparedStatement statement = connection.prepareStatement(
                "select distinct p.id, p.document::text from producer p join dataset d on d.producer_id = p.id"
                        + " where d.id = any(?) order by 1")) {
            statement.setArray(1, connection.createArrayOf("text", datasets.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ObjectNode document = (ObjectNode) Orders.parse(row.getString(2));
                    ArrayNode kept = Orders.JSON.createArrayNode();
                    for (JsonNode dataset : document.path("datasets")) {
                        if (datasets.contains(dataset.path("datasetId").asText())) {
                            ObjectNode copy = dataset.deepCopy();
                            ArrayNode keptObservations = copy.putArray("observations");
                            dataset.path("observations").forEach(observation -> {
                                if (wanted.contains(observation.path("observationId").asText())) {
                                    keptObservations.add(observation);
                                }
                            });
                            kept.add(copy);
                        }
                    }
                    document.set("datasets", kept);
                    files.put(row.getString(1), document.toPrettyString());
                }
            }
        }
        return files;
    }

    private static String readme(Connection connection, String orderId, OrderRequest request, Set<String> datasets)
            throws SQLException {
        StringBuilder text = new StringBuilder();
        text.append("Order ").append(orderId).append('\n')
                .append("Time window: ").append(request.from() == null ? "start" : request.from())
                .append(" to ").append(request.to() == null ? "end" : request.to()).append("\n\n")
                .append("Please cite every dataset you use, and respect its licence and constraints.\n");
        for (String datasetId : datasets) {
            Citation citation = Citation.of(connection, datasetId);
            text.append("\n").append(datasetId).append('\n')
                    .append("  Citation: ").append(citation.text()).append('\n');
            if (citation.licenceTitle() != null || citation.licenceUrl() != null) {
                text.append("  Licence: ").append(Optional.ofNullable(citation.licenceTitle()).orElse(""))
                        .append(' ').append(Optional.ofNullable(citation.licenceUrl()).orElse("")).append('\n');
            }
        }
        text.append("\nmanifest-sha256.txt lists the SHA-256 of every file (check with: sha256sum -c manifest-sha256.txt).\n");
        return text.toString();
    }
}
