package fr.ozcar.insitu.export.netcdf;

import fr.ozcar.insitu.export.ExportFile;
import fr.ozcar.insitu.export.ExportFormat;
import fr.ozcar.insitu.export.ExportOptions;
import fr.ozcar.insitu.export.ExportRefused;
import fr.ozcar.insitu.export.ExportScope;
import fr.ozcar.insitu.export.FlagDictionary;
import fr.ozcar.insitu.export.SeriesSlice;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * NetCDF-3, CF-1.8 Discrete Sampling Geometries ({@code timeSeries}) with ACDD-1.3 global attributes: one file
 * for a series or for a whole dataset with all its stations and numeric variables. A NetCDF-3 file is written
 * with random access (its header and record count come first), so it is written to a temporary file, then
 * copied to the output and deleted: memory stays bounded by one chunk of rows, disk holds one file.
 */
public final class NetcdfFormat implements ExportFormat {

    private final DataSource dataSource;
    private final Path temporaryFolder;

    /** @param temporaryFolder where files are written before they are sent */
    public NetcdfFormat(DataSource dataSource, Path temporaryFolder) {
        this.dataSource = dataSource;
        this.temporaryFolder = temporaryFolder;
    }

    @Override
    public String name() {
        return "netcdf";
    }

    @Override
    public ExportFile prepare(ExportScope scope, ExportOptions options) {
        List<NetcdfSeries> numeric = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        DatasetMetadata metadata;
        try (Connection connection = dataSource.getConnection()) {
            for (SeriesSlice slice : scope.series()) {
                if (slice.numeric()) {
                    numeric.add(load(connection, slice));
                } else {
                    leftOut.add(slice.observationId());
                }
            }
            metadata = DatasetMetadata.load(connection, scope.datasetId());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the series to export", e);
        }
        if (numeric.isEmpty()) {
            throw new ExportRefused(ExportRefused.Reason.NOT_IN_FORMAT, scope.fileStem()
                    + ": NetCDF holds numeric series only; " + String.join(", ", leftOut)
                    + " hold text results (use format=csv)");
        }
        return new ExportFile() {
            @Override
            public String fileName() {
                return scope.fileStem() + ".nc";
            }

            @Override
            public String mediaType() {
                return "application/x-netcdf";
            }

            @Override
            public void writeTo(OutputStream out) throws Exception {
                Path file = Files.createTempFile(temporaryFolder, "export-", ".nc");
                try {
                    new CfTimeSeriesFile(dataSource).write(file, metadata, numeric, leftOut, scope.extractedAt());
                    Files.copy(file, out);
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        };
    }

    private static NetcdfSeries load(Connection connection, SeriesSlice slice) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select f.name, f.latitude, f.longitude, f.altitude, s.property_name, s.unit, s.variable_iri,"
                        + " v.cf_standard_name, s.quality_flags::text, s.first_time, s.last_time"
                        + " from series s join sampling_feature f on f.id = s.sampling_feature_id"
                        + " left join variable v on v.iri = s.variable_iri where s.id = ?")) {
            statement.setInt(1, slice.seriesId());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new NetcdfSeries(slice, row.getString(1), (Double) row.getObject(2), (Double) row.getObject(3),
                        (Double) row.getObject(4), row.getString(5), row.getString(6), row.getString(7),
                        row.getString(8), FlagDictionary.parse(row.getString(9)),
                        row.getTimestamp(10).toInstant(), row.getTimestamp(11).toInstant());
            }
        }
    }
}
