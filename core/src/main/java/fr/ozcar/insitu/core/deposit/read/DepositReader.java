package fr.ozcar.insitu.core.deposit.read;

import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.Problems;
import java.io.FilterInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the layout of a deposit: its metadata file, then its data files as streams, dataset zips
 * opened on the fly ({@code AGRH_DAT_x.zip!/AGRH_OBS_y.txt}). Enforces the {@link ImportLimits} and
 * refuses unsafe entry names while streaming. Each {@link #forEachDataFile} call is one full pass.
 */
public final class DepositReader {

    private static final Pattern BAD_METHOD = Pattern.compile("bad compression method: (\\d+)");
    private static final Pattern METADATA_NAME = Pattern.compile("^[A-Z]{4}_en\\.json$");

    private final DepositSource source;
    private final ImportLimits limits;
    private final Map<String, String> entryDigests = new TreeMap<>();
    private List<DepositSource.Entry> entries;

    public DepositReader(DepositSource source, ImportLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** A data file of the deposit. {@code container} is its dataset zip or folder name, or null when loose. */
    public record DataFile(String path, String container, String name) {
    }

    /** The metadata file as read. */
    public record MetadataFile(String path, byte[] content) {
    }

    public interface DataFileVisitor {
        /**
         * Reads (some of) {@code content}; the reader drains and closes it afterwards. {@code digest} is
         * null in a pass without digests.
         */
        void visit(DataFile file, InputStream content, Digest digest) throws IOException;
    }

    /** The sha256 of a data file, available once the visit is over (the content is drained). */
    public static final class Digest {
        private final MessageDigest digest;
        private byte[] value;

        private Digest(MessageDigest digest) {
            this.digest = digest;
        }

        /** Only valid after the visit returned (the reader drains the content first). */
        public byte[] value() {
            if (value == null) {
                value = digest.digest();
            }
            return value;
        }
    }

    /**
     * Checks the archive size, the entry count and entry names (an unsafe name rejects the deposit:
     * we never extract to disk, but a producer's tool that does would write outside its folder).
     */
    public void open() throws IOException {
        long size = source.sizeInBytes();
        if (size > limits.maxArchiveBytes()) {
            throw new DepositRejectedException(Problem.error("deposit-too-large",
                    "the deposit is " + size + " bytes; the limit is " + limits.maxArchiveBytes() + " bytes"));
        }
        try {
            entries = source.entries().stream().filter(entry -> !isSystemFile(entry.path())).toList();
        } catch (ZipException e) {
            Matcher method = BAD_METHOD.matcher(String.valueOf(e.getMessage()));
            throw new DepositRejectedException(method.find()
                    ? unsupportedMethod(Integer.parseInt(method.group(1)), null)
                    : Problem.error("zip-unreadable", "the deposit is not a readable zip archive: " + e.getMessage()));
        }
        if (entries.size() > limits.maxEntries()) {
            throw tooManyEntries();
        }
        for (DepositSource.Entry entry : entries) {
            checkPath(entry.path(), entry.path());
        }
    }

    /**
     * Finds the metadata file ({@code XXXX_en.json}); reports a missing, misnamed or ambiguous one.
     * Returns null when none can be read.
     */
    public MetadataFile metadata(Problems problems) throws IOException {
        // the shallowest JSON files: a dataset folder may hold JSON documents of its own
        int depth = entries.stream().filter(entry -> entry.path().toLowerCase().endsWith(".json"))
                .mapToInt(entry -> depth(entry.path())).min().orElse(0);
        List<DepositSource.Entry> candidates = entries.stream()
                .filter(entry -> entry.path().toLowerCase().endsWith(".json") && depth(entry.path()) == depth)
                .toList();
        if (candidates.isEmpty()) {
            problems.add(Problem.error("metadata-missing",
                    "the deposit has no metadata file: expected XXXX_en.json (XXXX = the producer id)"));
            return null;
        }
        List<DepositSource.Entry> wellNamed = candidates.stream()
                .filter(entry -> METADATA_NAME.matcher(fileName(entry.path())).matches()).toList();
        DepositSource.Entry chosen;
        if (wellNamed.size() > 1 || (wellNamed.isEmpty() && candidates.size() > 1)) {
            problems.add(Problem.error("metadata-ambiguous", "the deposit has several metadata files ("
                    + String.join(", ", candidates.stream().map(DepositSource.Entry::path).toList())
                    + "): expected exactly one XXXX_en.json"));
            return null;
        } else if (wellNamed.isEmpty()) {
            chosen = candidates.get(0);
            problems.add(Problem.error("metadata-file-name", "the metadata file must be named XXXX_en.json"
                    + " (XXXX = the producer id, 4 capital letters), not " + fileName(chosen.path()))
                    .inFile(chosen.path()));
        } else {
            chosen = wellNamed.get(0);
        }
        byte[] content;
        MessageDigest digest = sha256();
        // no compression-ratio guard: the read stops at the metadata limit anyway, and a file that is
        // merely too large (one long string compresses 1000-fold) must be told so, not called a bomb
        try (InputStream in = new DigestInputStream(chosen.open(), digest)) {
            content = in.readNBytes(limits.maxMetadataBytes() + 1);
        }
        if (content.length > limits.maxMetadataBytes()) {
            problems.add(Problem.error("metadata-too-large", "the metadata file is larger than "
                    + limits.maxMetadataBytes() + " bytes, the most a metadata file may hold"
                    + " (insitu.import.max-metadata-bytes): it describes the producer, its datasets and"
                    + " observations; measurements go in the data files").inFile(chosen.path()));
            return null;
        }
        entryDigests.put(fileName(chosen.path()), HexFormat.of().formatHex(digest.digest()));
        return new MetadataFile(chosen.path(), content);
    }

    /**
     * One pass over every data file of the deposit, in path order (dataset zips in their own order).
     * Also records each file's sha256, from which {@link #depositSha256()} is computed.
     */
    public void forEachDataFile(DataFileVisitor visitor) throws IOException {
        forEachDataFile(visitor, true);
    }

    /**
     * The same pass without computing digests (the visitor gets a null {@link Digest}): the load
     * pass, whose files were digested by the validation pass, saves a second sha256 of every byte.
     */
    public void forEachDataFile(DataFileVisitor visitor, boolean digests) throws IOException {
        GuardedInputStream.UncompressedBudget budget =
                new GuardedInputStream.UncompressedBudget(limits.maxUncompressedBytes());
        int entryCount = entries.size();
        for (DepositSource.Entry entry : entries) {
            String path = entry.path();
            if (path.toLowerCase().endsWith(".json")) {
                continue;
            }
            if (path.toLowerCase().endsWith(".zip")) {
                String container = fileName(path).substring(0, fileName(path).length() - 4);
                try (CountingInputStream raw = new CountingInputStream(guard(entry, null))) {
                    entryCount = readDatasetZip(path, container, raw, entryCount, budget, visitor, digests);
                } catch (ZipException | EOFException e) { // EOF: a truncated entry ("Unexpected end of ZLIB input stream")
                    throw new DepositRejectedException(Problem.error("zip-unreadable",
                            String.valueOf(e.getMessage()).contains("encrypted")
                                    ? "this dataset zip is protected by a password: send it without one"
                                    : "this dataset zip cannot be read (damaged or truncated): " + e.getMessage())
                            .inFile(path));
                }
            } else {
                int slash = path.lastIndexOf('/');
                String container = slash < 0 ? null : fileName(path.substring(0, slash));
                MessageDigest fileDigest = digests ? sha256() : null;
                try (InputStream in = digesting(guard(entry, budget), fileDigest)) {
                    visit(visitor, new DataFile(path, container, fileName(path)), in, fileDigest);
                } catch (ZipException | EOFException e) {
                    throw new DepositRejectedException(Problem.error("zip-unreadable",
                            "this entry of the deposit cannot be read (damaged or truncated): " + e.getMessage()).inFile(path));
                }
            }
        }
    }

    private int readDatasetZip(String path, String container, CountingInputStream raw, int entryCount,
                               GuardedInputStream.UncompressedBudget budget, DataFileVisitor visitor,
                               boolean digests) throws IOException {
        ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8);
        for (ZipEntry inner = zip.getNextEntry(); inner != null; inner = zip.getNextEntry()) {
            if (++entryCount > limits.maxEntries()) {
                throw tooManyEntries();
            }
            String innerName = ZipDepositSource.forwardSlashes(inner.getName());
            String innerPath = path + "!/" + innerName;
            checkPath(innerName, innerPath);
            if (innerName.endsWith("/") || isSystemFile(innerName)) {
                continue;
            }
            if (inner.getMethod() != ZipEntry.STORED && inner.getMethod() != ZipEntry.DEFLATED) {
                throw new DepositRejectedException(unsupportedMethod(inner.getMethod(), path));
            }
            long compressedAtStart = raw.count();
            MessageDigest fileDigest = digests ? sha256() : null;
            InputStream content = digesting(new GuardedInputStream(new NonClosing(zip), innerPath,
                    () -> raw.count() - compressedAtStart, limits.maxCompressionRatio(), budget), fileDigest);
            visit(visitor, new DataFile(innerPath, container, fileName(innerName)), content, fileDigest);
        }
        return entryCount;
    }

    private static InputStream digesting(InputStream in, MessageDigest digest) {
        return digest == null ? in : new DigestInputStream(in, digest);
    }

    private void visit(DataFileVisitor visitor, DataFile file, InputStream content, MessageDigest digest)
            throws IOException {
        Digest result = digest == null ? null : new Digest(digest);
        visitor.visit(file, content, result);
        content.transferTo(OutputStream.nullOutputStream());
        if (result == null) {
            return;
        }
        entryDigests.put(file.container() == null ? file.name() : file.container() + "/" + file.name(),
                HexFormat.of().formatHex(result.value()));
    }

    /**
     * A digest of the whole deposit's content, file by file under their logical names (dataset/file):
     * the same files give the same digest whether sent as a zip or a folder, whatever the
     * zip tool's timestamps or compression. Valid after a full data file pass.
     */
    public String depositSha256() {
        MessageDigest digest = sha256();
        entryDigests.forEach((path, sha) -> digest.update(
                (path + '\0' + sha + '\n').getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private InputStream guard(DepositSource.Entry entry, GuardedInputStream.UncompressedBudget budget)
            throws IOException {
        long compressed = entry.compressedSize();
        return new GuardedInputStream(entry.open(), entry.path(), compressed < 0 ? null : () -> compressed,
                limits.maxCompressionRatio(), budget);
    }

    /**
     * Archivers offer methods other than Deflate (WinZip's "best method" picks PPMd or LZMA, 7-Zip offers
     * Deflate64, bzip2, LZMA): the JDK reads only Deflate, and such a zip is not damaged, so say what to do.
     */
    private static Problem unsupportedMethod(int method, String path) {
        String name = switch (method) {
            case 9 -> "Deflate64";
            case 12 -> "bzip2";
            case 14 -> "LZMA";
            case 93 -> "Zstandard";
            case 95 -> "XZ";
            case 98 -> "PPMd";
            case 99 -> "WinZip AES encryption";
            default -> "compression method " + method;
        };
        Problem problem = Problem.error("zip-unreadable", (path == null ? "the deposit" : "this dataset zip")
                + " is compressed with " + name + ", which is not read here: create the zip with the standard"
                + " Deflate method (zip -r, Windows' \"Compressed folder\", macOS' \"Compress\", 7-Zip or WinZip"
                + " set to Deflate), without a password");
        return path == null ? problem : problem.inFile(path);
    }

    private DepositRejectedException tooManyEntries() {
        return new DepositRejectedException(Problem.error("too-many-entries",
                "the deposit holds more than " + limits.maxEntries() + " files, the configured limit"));
    }

    private static void checkPath(String name, String reportedPath) throws DepositRejectedException {
        if (isUnsafe(name)) {
            throw new DepositRejectedException(Problem.error("zip-unsafe-path",
                    "the deposit holds an entry whose path leaves its folder (absolute or with '..'): "
                            + name + "; such archives are rejected").inFile(reportedPath));
        }
    }

    /**
     * What archivers add on their own (macOS resource forks and folder settings, Windows thumbnails):
     * not part of the deposit, ignored without a word.
     */
    static boolean isSystemFile(String path) {
        String name = fileName(path);
        return path.startsWith("__MACOSX/") || path.contains("/__MACOSX/") || name.startsWith("._")
                || name.equals(".DS_Store") || name.equals("Thumbs.db") || name.equals("desktop.ini");
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    static boolean isUnsafe(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')) {
            return true;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Lets a visitor close its stream without closing the dataset zip it comes from. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
