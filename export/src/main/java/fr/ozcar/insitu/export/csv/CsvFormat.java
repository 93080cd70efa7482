package fr.ozcar.insitu.export.csv;

import fr.ozcar.insitu.core.series.DataFileOptions;
import fr.ozcar.insitu.core.series.PivotDataFileWriter;
import fr.ozcar.insitu.export.ExportFile;
import fr.ozcar.insitu.export.ExportFormat;
import fr.ozcar.insitu.export.ExportOptions;
import fr.ozcar.insitu.export.ExportScope;
import fr.ozcar.insitu.export.SeriesSlice;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * CSV in the pivot data-file layout, so that an exported file re-imports unchanged: one file for a series,
 * and for a dataset a zip with one file per series, named {@code <observationId>.txt} as in a deposit's
 * dataset zip. Rows stream from a database cursor: memory does not grow with the series.
 */
public final class CsvFormat implements ExportFormat {

    private static final int BUFFER = 1 << 16;

    private final PivotDataFileWriter files;
    private final CitationHeader citations;

    public CsvFormat(DataSource dataSource) {
        this.files = new PivotDataFileWriter(dataSource);
        this.citations = new CitationHeader(dataSource);
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public ExportFile prepare(ExportScope scope, ExportOptions options) {
        return scope.wholeDataset() ? new DatasetZip(scope, options) : new SeriesFile(scope, options);
    }

    private void write(SeriesSlice slice, ExportScope scope, ExportOptions options, Writer out) throws Exception {
        List<String> comments = options.citationHeader() ? citations.lines(slice.seriesId()) : List.of();
        DataFileOptions fileOptions = new DataFileOptions(scope.extractedAt(), slice.from(), slice.to(),
                options.missingAsEmpty(), comments);
        PivotDataFileWriter.DataFile file = files.find(slice.observationId())
                .orElseThrow(() -> new IllegalStateException("series " + slice.observationId() + " disappeared"));
        file.writeTo(out, fileOptions);
    }

    private final class SeriesFile implements ExportFile {
        private final ExportScope scope;
        private final ExportOptions options;

        SeriesFile(ExportScope scope, ExportOptions options) {
            this.scope = scope;
            this.options = options;
        }

        @Override
        public String fileName() {
            return scope.fileStem() + ".txt";
        }

        @Override
        public String mediaType() {
            return "text/csv; charset=utf-8";
        }

        @Override
        public void writeTo(OutputStream out) throws Exception {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
            write(scope.series().get(0), scope, options, writer);
            writer.flush();
        }
    }

    private final class DatasetZip implements ExportFile {
        private final ExportScope scope;
        private final ExportOptions options;

        DatasetZip(ExportScope scope, ExportOptions options) {
            this.scope = scope;
            this.options = options;
        }

        @Override
        public String fileName() {
            return scope.fileStem() + ".zip";
        }

        @Override
        public String mediaType() {
            return "application/zip";
        }

        @Override
        public void writeTo(OutputStream out) throws Exception {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), BUFFER);
            for (SeriesSlice slice : scope.series()) {
                ZipEntry entry = new ZipEntry(slice.observationId() + ".txt");
                // entries dated by the deposit, not by now: the same download gives the same bytes
                entry.setLastModifiedTime(FileTime.from(scope.extractedAt()));
                zip.putNextEntry(entry);
                write(slice, scope, options, writer);
                writer.flush();
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        }
    }
}
