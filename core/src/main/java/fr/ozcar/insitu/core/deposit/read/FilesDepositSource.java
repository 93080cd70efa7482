package fr.ozcar.insitu.core.deposit.read;

import fr.ozcar.insitu.core.text.Count;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A metadata file alone with loose data files (no dataset zips): each data file is matched to its
 * observation by name. Paths are the files' own names, so {@code upload-1234.tmp} must not be used:
 * callers pass the names as uploaded.
 */
public final class FilesDepositSource implements DepositSource {

    private final List<Entry> entries;

    /** @param files the uploaded name of each file (metadata and data files) and where it is on disk */
    public FilesDepositSource(List<NamedFile> files) {
        List<Entry> list = new ArrayList<>();
        for (NamedFile file : files) {
            list.add(new PlainFileEntry(file.name(), file.file()));
        }
        list.sort(Comparator.comparing(Entry::path));
        this.entries = List.copyOf(list);
    }

    /** The files under their own names. */
    public static FilesDepositSource of(Path metadata, List<Path> dataFiles) {
        List<NamedFile> files = new ArrayList<>();
        files.add(new NamedFile(metadata.getFileName().toString(), metadata));
        for (Path dataFile : dataFiles) {
            files.add(new NamedFile(dataFile.getFileName().toString(), dataFile));
        }
        return new FilesDepositSource(files);
    }

    public record NamedFile(String name, Path file) {
    }

    @Override
    public String description() {
        return Count.of(entries.size(), "file");
    }

    @Override
    public long sizeInBytes() throws IOException {
        long total = 0;
        for (Entry entry : entries) {
            total += Files.size(((PlainFileEntry) entry).file());
        }
        return total;
    }

    @Override
    public List<Entry> entries() {
        return entries;
    }
}
