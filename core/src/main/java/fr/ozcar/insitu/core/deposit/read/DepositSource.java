package fr.ozcar.insitu.core.deposit.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A deposit as it reached us: a zip, a folder, or a metadata file with loose data files. The importer
 * reads it twice (validation, then load), each time as streams: nothing is extracted to disk.
 */
public interface DepositSource extends Closeable {

    /** Says what was given, for logs and job records (a file name, never its content). */
    String description();

    /** Bytes as uploaded (the zip, or the sum of the files), checked against the archive limit. */
    long sizeInBytes() throws IOException;

    /** The files of the deposit, with paths relative to the deposit ({@code /}-separated), sorted by path. */
    List<Entry> entries() throws IOException;

    @Override
    default void close() throws IOException {
    }

    /** One file of the deposit; a dataset zip is one entry whose content the reader opens as a zip. */
    interface Entry {
        String path();

        /** Bytes as stored (compressed size inside a zip), or -1 for a plain file. */
        long compressedSize();

        InputStream open() throws IOException;
    }
}
