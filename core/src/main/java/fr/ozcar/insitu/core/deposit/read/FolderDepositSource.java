package fr.ozcar.insitu.core.deposit.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder holding what the deposit zip would hold: {@code XXXX_en.json} and, per dataset, either its
 * zip or an unzipped folder named after the dataset. Symbolic links are not followed.
 */
public final class FolderDepositSource implements DepositSource {

    private final Path folder;

    public FolderDepositSource(Path folder) {
        this.folder = folder;
    }

    @Override
    public String description() {
        return folder.getFileName() + "/";
    }

    @Override
    public long sizeInBytes() throws IOException {
        long total = 0;
        for (Entry entry : entries()) {
            total += Files.size(((PlainFileEntry) entry).file());
        }
        return total;
    }

    @Override
    public List<Entry> entries() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> (Entry) new PlainFileEntry(relativePath(file), file))
                    .sorted(Comparator.comparing(Entry::path))
                    .toList();
        }
    }

    private String relativePath(Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
