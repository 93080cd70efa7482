package fr.ozcar.insitu.core.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes pivot-format deposits as observatories prepare them: the four demo observatories, or a
 * benchmark deposit of any size. The same seed always gives byte-identical files; data files are
 * streamed, never held in memory.
 */
public final class DemoGenerator {

    public static final long DEFAULT_SEED = 20_240_430L;
    /** The {@code #Date_of_extraction} of every data file, and the time stamp of every zip entry. */
    public static final Instant EXTRACTION_DATE = Instant.parse("2024-04-30T00:00:00Z");

    private final long seed;
    private final DepositPackager packager;

    public DemoGenerator(long seed) {
        this.seed = seed;
        this.packager = new DepositPackager(seed, EXTRACTION_DATE.getEpochSecond());
    }

    public DemoGenerator() {
        this(DEFAULT_SEED);
    }

    /** Writes {@code AMMA.zip}, {@code AGRH.zip}, {@code OHGE.zip}, {@code OSRC.zip} into {@code directory}. */
    public List<Path> writeDemoDeposits(Path directory) {
        List<Path> zips = new ArrayList<>();
        for (DemoProducer producer : DemoCatalogue.producers()) {
            zips.add(writeDeposit(producer, directory));
        }
        return zips;
    }

    /** Writes the four demo deposits unzipped, one folder per producer (see {@link #writeDepositFolder}). */
    public List<Path> writeDemoDepositFolders(Path directory) {
        List<Path> folders = new ArrayList<>();
        for (DemoProducer producer : DemoCatalogue.producers()) {
            folders.add(writeDepositFolder(producer, directory));
        }
        return folders;
    }

    /** Writes the deposit zip {@code XXXX.zip} of a producer. */
    public Path writeDeposit(DemoProducer producer, Path directory) {
        try {
            Files.createDirectories(directory);
            return packager.writeZip(producer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the deposit of " + producer.id() + " in " + directory, e);
        }
    }

    /**
     * Writes the deposit unzipped: a folder {@code XXXX/} holding {@code XXXX_en.json} and the dataset
     * zips {@code XXXX_DAT_<name>.zip}, exactly the entries of {@code XXXX.zip}.
     */
    public Path writeDepositFolder(DemoProducer producer, Path directory) {
        try {
            return packager.writeFolder(producer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the deposit folder of " + producer.id() + " in " + directory, e);
        }
    }

    /** Writes {@code BNCH.zip}, a deposit of at least {@code minimumRows} measurements. */
    public Path writeBenchmarkDeposit(long minimumRows, Path directory) {
        return writeBenchmarkDeposit(DemoScale.atLeast(minimumRows), directory);
    }

    /** Writes {@code BNCH.zip} at an explicit scale (stations, years, step). */
    public Path writeBenchmarkDeposit(DemoScale scale, Path directory) {
        return writeDeposit(BenchmarkProducer.create(scale), directory);
    }

    /** The number of measurement rows of a producer's deposit, counted without generating values. */
    public long rowCount(DemoProducer producer) {
        long rows = 0;
        for (DemoSeries series : producer.series()) {
            rows += new SeriesRun(producer.id(), series, seed).extent().rows();
        }
        return rows;
    }
}
