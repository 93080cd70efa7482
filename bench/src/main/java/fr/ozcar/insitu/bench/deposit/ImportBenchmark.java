package fr.ozcar.insitu.bench.deposit;

import ch.qos.logback.classic.Level;
import fr.ozcar.insitu.core.database.EmbeddedDatabase;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.schema.Schema;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/**
 * Deposit import throughput against its physical limit, in the same run: a raw COPY of the very same
 * rows (same table, same columns, prepared beforehand in a file, as text and as binary) into the same
 * empty table. Runs alternate, and the best of each kind is compared.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -Xmx512m -cp bench/target/insitu-bench.jar fr.ozcar.insitu.bench.deposit.ImportBenchmark 10000000 [BNCH.zip]
 * </pre>
 * Without a zip, the demo generator's benchmark deposit {@code BNCH.zip} is written (at least the given
 * number of rows).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        long minimumRows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path work = Files.createTempDirectory("import-benchmark");
        Path deposit = args.length > 1 ? Path.of(args[1]) : new DemoGenerator().writeBenchmarkDeposit(minimumRows, work);
        System.out.printf("machine: %s, %d cores, %d MiB RAM, Java %s, max heap %d MiB%n", cpuModel(),
                Runtime.getRuntime().availableProcessors(), totalMemoryMib(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("deposit: %s, %d MiB%n", deposit.getFileName(), Files.size(deposit) >> 20);

        try {
            run(deposit, work);
        } finally {
            deleteRecursively(work);
        }
    }

    private static void run(Path deposit, Path work) throws Exception {
        try (EmbeddedDatabase server = EmbeddedDatabase.startTemporary()) {
            String url = server.jdbcUrl("postgres") + "?user=postgres";
            try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
                statement.execute("create database bench");
            }
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(server.jdbcUrl("bench") + "?user=postgres");
            Schema.migrate(dataSource);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet backend = statement.executeQuery("select pg_backend_pid()")) {
                backend.next();
                postmaster = CpuClock.parentOf(backend.getLong(1));
                System.out.println("database: " + connection.getMetaData().getDatabaseProductVersion()
                        + " (embedded, fsync off)");
            }
            DepositImporter importer = new DepositImporter(dataSource, VariableResolver.NONE, ImportLimits.DEFAULT);

            List<Run> imports = new ArrayList<>();
            List<Run> raws = new ArrayList<>();
            List<Run> rawBinaries = new ArrayList<>();
            imports.add(importOnce(importer, dataSource, deposit));
            report("import", imports.get(0));
            Path copyText = work.resolve("measurement.copy");
            Path copyBinary = work.resolve("measurement.bin");
            try (Connection connection = dataSource.getConnection()) {
                dump(connection, "", copyText);
                dump(connection, " (format binary)", copyBinary);
            }
            // alternate, so that all see the same neighbours on a shared machine; compare the best of each
            for (int round = 0; round < ROUNDS; round++) {
                emptyMeasurements(dataSource, false);
                raws.add(rawCopy(dataSource, copyText, ""));
                report("raw COPY", raws.get(raws.size() - 1));
                emptyMeasurements(dataSource, false);
                rawBinaries.add(rawCopy(dataSource, copyBinary, " (format binary)"));
                report("raw binary", rawBinaries.get(rawBinaries.size() - 1));
                emptyMeasurements(dataSource, true);
                imports.add(importOnce(importer, dataSource, deposit));
                report("import", imports.get(imports.size() - 1));
            }
            Run bestImport = best(imports);
            Run bestRaw = best(raws);
            Run bestBinary = best(rawBinaries);
            System.out.printf("best import / best raw text COPY:   %3.0f %% of the rows/s, %3.0f %% of the server CPU%n",
                    100 * bestImport.rowsPerSecond() / bestRaw.rowsPerSecond(),
                    100 * bestImport.serverCpu() / bestRaw.serverCpu());
            System.out.printf("best import / best raw binary COPY: %3.0f %% of the rows/s, %3.0f %% of the server CPU%n",
                    100 * bestImport.rowsPerSecond() / bestBinary.rowsPerSecond(),
                    100 * bestImport.serverCpu() / bestBinary.serverCpu());
            System.out.printf("measurement storage after the best import: %d bytes per row (table + primary key)%n",
                    bestImport.bytesPerRow());
        }
    }

    private static final int ROUNDS = 2;

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The benchmark server's postmaster, whose process tree {@link CpuClock} measures. */
    private static long postmaster;

    /** Truncates the measurements (and the producer, so that the next import loads everything again). */
    private static void emptyMeasurements(PGSimpleDataSource dataSource, boolean andProducer) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate measurement");
            if (andProducer) {
                statement.execute("delete from producer");
            }
            statement.execute("checkpoint");
        }
    }

    /**
     * One timed run. CPU seconds are measured too, because on a shared machine wall-clock time depends
     * on the neighbours: {@code serverCpu} sums every PostgreSQL process, {@code clientCpu} this JVM.
     */
    private record Run(long rows, double seconds, double validationSeconds, double serverCpu, double clientCpu,
                       long peakHeapMib, long bytesPerRow) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private static Run importOnce(DepositImporter importer, PGSimpleDataSource dataSource, Path deposit)
            throws Exception {
        resetPeakHeap();
        CpuClock cpu = CpuClock.start(postmaster);
        long start = System.nanoTime();
        long[] loadingStarted = {start};
        ImportReport report;
        try (ZipDepositSource source = new ZipDepositSource(deposit)) {
            report = importer.importDeposit(null, source, new ImportProgress() {
                @Override
                public void started(Phase phase, int filesTotal, long rowsTotal) {
                    if (phase == Phase.LOADING) {
                        loadingStarted[0] = System.nanoTime();
                    }
                }

                @Override
                public void advanced(Phase phase, int filesDone, long rowsDone) {
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report.outcome() != ImportReport.Outcome.IMPORTED) {
            throw new IllegalStateException("the benchmark deposit was not imported: " + report.errors());
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return new Run(report.rows(), seconds, (loadingStarted[0] - start) / 1e9, cpu.serverSeconds(),
                    cpu.clientSeconds(), peakHeapMib(), bytesPerRow(statement));
        }
    }

    private static Run rawCopy(PGSimpleDataSource dataSource, Path rows, String format) throws Exception {
        resetPeakHeap();
        CpuClock cpu = CpuClock.start(postmaster);
        long start = System.nanoTime();
        long count;
        try (Connection connection = dataSource.getConnection();
             InputStream in = new BufferedInputStream(Files.newInputStream(rows), 1 << 16)) {
            connection.setAutoCommit(false);
            count = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy measurement (series_id, time,"
                    + " time_begin, value, result, flags, longitude, latitude, altitude, additional) from stdin"
                    + format, in);
            connection.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return new Run(count, seconds, 0, cpu.serverSeconds(), cpu.clientSeconds(), peakHeapMib(),
                    bytesPerRow(statement));
        }
    }

    /** The imported rows, as PostgreSQL writes them: the raw COPY baselines' input. */
    private static void dump(Connection connection, String format, Path file) throws Exception {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select series_id, time,"
                    + " time_begin, value, result, flags, longitude, latitude, altitude, additional"
                    + " from measurement order by series_id, time) to stdout" + format, out);
        }
    }

    private static Run best(List<Run> runs) {
        return runs.stream().max(Comparator.comparingDouble(Run::rowsPerSecond)).orElseThrow();
    }

    private static void report(String what, Run run) {
        System.out.printf("%-13s %,d rows in %5.1f s = %,9.0f rows/s (validation %4.1f s); CPU s: server %5.1f,"
                        + " importer %5.1f; peak heap %d MiB; %d bytes/row%n", what + ":", run.rows(), run.seconds(),
                run.rowsPerSecond(), run.validationSeconds(), run.serverCpu(), run.clientCpu(), run.peakHeapMib(),
                run.bytesPerRow());
    }

    private static long bytesPerRow(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select sum(pg_total_relation_size(i.inhrelid))"
                + " / (select count(*) from measurement) from pg_inherits i"
                + " where i.inhparent = 'measurement'::regclass")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMib() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (Exception e) {
            return "unknown CPU";
        }
    }

    private static long totalMemoryMib() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() >> 20 : -1;
    }
}
