package fr.ozcar.insitu.core.deposit;

/**
 * Bounds a deposit must respect; checked while streaming, so that a hostile or broken archive is
 * rejected before it costs more than these amounts.
 *
 * @param maxArchiveBytes          size of the deposit as uploaded (the zip, or the files of a folder)
 * @param maxUncompressedBytes     total bytes after decompression, nested dataset zips included
 * @param maxEntries               files in the deposit, nested dataset zips included
 * @param maxCompressionRatio      uncompressed / compressed bytes of any zip entry (decompression bombs)
 * @param maxMetadataBytes         size of the metadata JSON file (it is parsed in memory: see
 *                                 {@link fr.ozcar.insitu.core.deposit.validate.MetadataBudget})
 * @param maxLineBytes             length of one data file line (lines are buffered whole)
 * @param maxProblemsPerFile       problems reported per file before a single "and N more"
 */
public record ImportLimits(long maxArchiveBytes, long maxUncompressedBytes, int maxEntries,
                           double maxCompressionRatio, int maxMetadataBytes, int maxLineBytes,
                           int maxProblemsPerFile) {

    private static final long GIB = 1L << 30;

    /** Generous enough for the largest national deposits seen (a few GB of text). */
    public static final ImportLimits DEFAULT = new ImportLimits(
            8 * GIB, 64 * GIB, 100_000, 200, 16 << 20, 1 << 20, 100);

    public ImportLimits {
        if (maxArchiveBytes <= 0 || maxUncompressedBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 1
                || maxMetadataBytes <= 0 || maxLineBytes < 256 || maxProblemsPerFile <= 0) {
            throw new IllegalArgumentException("import limits must be positive: " + this);
        }
    }

    public ImportLimits withMaxArchiveBytes(long bytes) {
        return new ImportLimits(bytes, maxUncompressedBytes, maxEntries, maxCompressionRatio, maxMetadataBytes,
                maxLineBytes, maxProblemsPerFile);
    }

    public ImportLimits withMaxUncompressedBytes(long bytes) {
        return new ImportLimits(maxArchiveBytes, bytes, maxEntries, maxCompressionRatio, maxMetadataBytes,
                maxLineBytes, maxProblemsPerFile);
    }

    public ImportLimits withMaxEntries(int entries) {
        return new ImportLimits(maxArchiveBytes, maxUncompressedBytes, entries, maxCompressionRatio,
                maxMetadataBytes, maxLineBytes, maxProblemsPerFile);
    }

    public ImportLimits withMaxMetadataBytes(int bytes) {
        return new ImportLimits(maxArchiveBytes, maxUncompressedBytes, maxEntries, maxCompressionRatio, bytes,
                maxLineBytes, maxProblemsPerFile);
    }

    public ImportLimits withMaxCompressionRatio(double ratio) {
        return new ImportLimits(maxArchiveBytes, maxUncompressedBytes, maxEntries, ratio, maxMetadataBytes,
                maxLineBytes, maxProblemsPerFile);
    }
}
