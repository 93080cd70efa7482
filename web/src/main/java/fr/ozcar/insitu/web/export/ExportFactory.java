package fr.ozcar.insitu.web.export;

import fr.ozcar.insitu.export.ExportFormats;
import fr.ozcar.insitu.export.ExportScopes;
import fr.ozcar.insitu.export.csv.CsvFormat;
import fr.ozcar.insitu.export.dcat.CatalogDescription;
import fr.ozcar.insitu.export.dcat.DcatCatalogue;
import fr.ozcar.insitu.export.netcdf.NetcdfFormat;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/** Wires the export formats and the DCAT catalogue ({@code insitu.catalog.*}); files that need writing before sending (NetCDF, resumed downloads) go to {@code <data-dir>/exports}. */
@Factory
public class ExportFactory {

    @Singleton
    ExportSpool exportSpool(@Value("${insitu.data-dir:data}") String dataDir) {
        try {
            return new ExportSpool(Files.createDirectories(Path.of(dataDir, "exports")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the export spool folder", e);
        }
    }

    @Singleton
    ExportFormats exportFormats(DataSource dataSource, ExportSpool spool) {
        return new ExportFormats(List.of(new CsvFormat(dataSource), new NetcdfFormat(dataSource, spool.folder())));
    }

    @Singleton
    ExportScopes exportScopes(DataSource dataSource) {
        return new ExportScopes(dataSource);
    }

    @Singleton
    DcatCatalogue dcatCatalogue(DataSource dataSource,
                                @Value("${insitu.catalog.title:In-situ time series of environmental observatories}") String title,
                                @Value("${insitu.catalog.description:Datasets of time series measured in situ by the observatories"
                                        + " of the OZCAR research infrastructure, with their CSV, NetCDF and SensorThings"
                                        + " distributions.}") String description,
                                @Value("${insitu.catalog.publisher:OZCAR research infrastructure}") String publisher) {
        return new DcatCatalogue(dataSource, new CatalogDescription(title, description, publisher));
    }
}
