package fr.ozcar.insitu.core.deposit;

import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The test deposit of producer CATC (src/test/resources/deposit/CATC, laid out as a folder with
 * unzipped dataset folders), copied to a scratch folder so that a test may break it, and packed the
 * way observatories send it: a zip of CATC_en.json and one zip per dataset.
 */
public final class DepositFixture {

    private DepositFixture() {
    }

    /** Imports a deposit folder of producer CATC into a new empty database, with no thesaurus. */
    public static ImportReport importIntoNewDatabase(Path folder) {
        return new DepositImporter(TestDatabase.create().dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);
    }

    /** Imports a deposit folder of producer CATC into {@code database}, with no thesaurus. */
    public static ImportReport importInto(TestDatabase database, Path folder) {
        return new DepositImporter(database.dataSource(), VariableResolver.NONE, ImportLimits.DEFAULT)
                .importDeposit("CATC", new FolderDepositSource(folder), ImportProgress.NONE);
    }

    /**
     * A private, editable copy of the CATC deposit folder. Other modules' tests read it from this
     * module's test jar (a full reactor build packages it), so the folder may sit inside a zip.
     */
    public static Path copyOfCatc(Path scratch) {
        try {
            URI resource = DepositFixture.class.getResource("/deposit/CATC").toURI();
            if ("jar".equals(resource.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(resource, Map.of())) {
                    return copy(jar.provider().getPath(resource), scratch);
                }
            }
            return copy(Path.of(resource), scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path source, Path scratch) throws IOException {
        Path target = Files.createDirectories(scratch.resolve("CATC-" + System.nanoTime()));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /** Packs a deposit folder as a deposit zip: its JSON file, and each dataset folder as a dataset zip. */
    static Path zip(Path folder, Path zip) {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path entry : entries.sorted().toList()) {
                    String name = entry.getFileName().toString();
                    if (Files.isDirectory(entry)) {
                        out.putNextEntry(new ZipEntry(name + ".zip"));
                        out.write(zipOf(entry));
                    } else {
                        out.putNextEntry(new ZipEntry(name));
                        out.write(Files.readAllBytes(entry));
                    }
                    out.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zipOf(Path datasetFolder) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes); Stream<Path> files = Files.list(datasetFolder)) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The data files of a deposit folder (in its dataset folders). */
    static List<Path> dataFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
