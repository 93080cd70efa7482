package fr.ozcar.insitu.core.deposit.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A deposit file that is a file of its own on disk. */
record PlainFileEntry(String path, Path file) implements DepositSource.Entry {

    @Override
    public long compressedSize() {
        return -1;
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }
}
