package fr.ozcar.insitu.core.deposit.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A deposit zip on disk (the historical upload): random access, so the metadata is read first. */
public final class ZipDepositSource implements DepositSource {

    private final Path zip;
    private final String description;
    private ZipFile file;

    public ZipDepositSource(Path zip) {
        this(zip, zip.getFileName().toString());
    }

    /** A zip stored under another name than the one it was given by (an upload spooled to disk). */
    public ZipDepositSource(Path zip, String description) {
        this.zip = zip;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public long sizeInBytes() throws IOException {
        return Files.size(zip);
    }

    @Override
    public synchronized List<Entry> entries() throws IOException {
        if (file == null) {
            file = new ZipFile(zip.toFile());
        }
        ZipFile opened = file;
        List<Entry> entries = new ArrayList<>();
        for (var iterator = opened.entries(); iterator.hasMoreElements(); ) {
            ZipEntry entry = iterator.nextElement();
            String path = forwardSlashes(entry.getName());
            if (path.endsWith("/")) {
                continue; // a directory
            }
            entries.add(new Entry() {
                @Override
                public String path() {
                    return path;
                }

                @Override
                public long compressedSize() {
                    return entry.getCompressedSize();
                }

                @Override
                public InputStream open() throws IOException {
                    return opened.getInputStream(entry);
                }
            });
        }
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
    }

    /**
     * An entry name with the zip format's {@code /} separators: Windows PowerShell 5's Compress-Archive
     * (and .NET Framework before 4.6.1) wrote {@code CATC\CATC_en.json}.
     */
    static String forwardSlashes(String entryName) {
        return entryName.replace('\\', '/');
    }

    @Override
    public synchronized void close() throws IOException {
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
