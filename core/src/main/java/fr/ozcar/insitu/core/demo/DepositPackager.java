package fr.ozcar.insitu.core.demo;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a producer's deposit: {@code XXXX_en.json} then one {@code XXXX_DAT_<name>.zip} per dataset
 * (sorted by name) holding the data files (sorted by name), either inside {@code XXXX.zip} or as
 * files in a folder {@code XXXX/}. Entry times are fixed so that equal seeds give equal bytes.
 */
final class DepositPackager {

    private static final int BUFFER = 1 << 16;

    private final long seed;
    private final LocalDateTime entryTime;
    private final DataFileWriter dataFiles;

    DepositPackager(long seed, long extractionDate) {
        this.seed = seed;
        this.entryTime = LocalDateTime.ofEpochSecond(extractionDate, 0, java.time.ZoneOffset.UTC);
        this.dataFiles = new DataFileWriter(extractionDate);
    }

    Path writeZip(DemoProducer producer, Path directory) throws IOException {
        Path zip = directory.resolve(producer.zipName());
        try (ZipOutputStream deposit = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), BUFFER))) {
            putEntry(deposit, producer.metadataFileName());
            deposit.write(new MetadataWriter(seed).write(producer));
            deposit.closeEntry();
            // dataset zips are already compressed: deflating them again would only cost time
            deposit.setLevel(Deflater.NO_COMPRESSION);
            for (DemoDataset dataset : sorted(producer)) {
                putEntry(deposit, dataset.zipName(producer.id()));
                writeDatasetZip(producer, dataset, new KeepOpen(deposit));
                deposit.closeEntry();
            }
        }
        return zip;
    }

    Path writeFolder(DemoProducer producer, Path directory) throws IOException {
        Path folder = Files.createDirectories(directory.resolve(producer.id()));
        Files.write(folder.resolve(producer.metadataFileName()), new MetadataWriter(seed).write(producer));
        for (DemoDataset dataset : sorted(producer)) {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(folder.resolve(dataset.zipName(producer.id()))), BUFFER)) {
                writeDatasetZip(producer, dataset, out);
            }
        }
        return folder;
    }

    private void writeDatasetZip(DemoProducer producer, DemoDataset dataset, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<DemoSeries> series = dataset.series().stream()
                .sorted(Comparator.comparing(s -> s.dataFileName(producer.id()))).toList();
        for (DemoSeries one : series) {
            putEntry(zip, one.dataFileName(producer.id()));
            dataFiles.write(producer.id(), dataset.title(), new SeriesRun(producer.id(), one, seed), zip);
            zip.closeEntry();
        }
        zip.close();
    }

    private void putEntry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(entryTime);
        zip.putNextEntry(entry);
    }

    private static List<DemoDataset> sorted(DemoProducer producer) {
        return producer.datasets().stream().sorted(Comparator.comparing(DemoDataset::name)).toList();
    }

    /** Lets a nested zip close (ending its deflater) without closing the deposit it is written into. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
