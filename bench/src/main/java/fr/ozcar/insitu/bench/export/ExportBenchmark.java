package fr.ozcar.insitu.bench.export;

import ch.qos.logback.classic.Level;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.database.EmbeddedDatabase;
import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.core.deposit.DepositImporter;
import fr.ozcar.insitu.core.deposit.ImportLimits;
import fr.ozcar.insitu.core.deposit.ImportProgress;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.schema.Schema;
import fr.ozcar.insitu.core.variable.VariableResolver;
import fr.ozcar.insitu.export.ExportOptions;
import fr.ozcar.insitu.export.ExportScope;
import fr.ozcar.insitu.export.ExportScopes;
import fr.ozcar.insitu.export.csv.CsvFormat;
import fr.ozcar.insitu.export.netcdf.NetcdfFormat;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/**
 * CSV and NetCDF export throughput against PostgreSQL's own {@code COPY (select …) TO STDOUT} of the same rows,
 * in the same run: the benchmark deposit imported once, then, alternating, per series a raw COPY of its rows in
 * time order, per series our CSV export, and each dataset as one NetCDF file, each written to a byte
 * counter (no disk, no network). The best of each kind is compared.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -Xmx256m -cp bench/target/insitu-bench.jar fr.ozcar.insitu.bench.export.ExportBenchmark 10000000 [rounds]
 * </pre>
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    /** One timed run. */
    private record Run(long rows, long bytes, double seconds, long peakHeapMib) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        long minimumRows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path work = Files.createTempDirectory("export-benchmark");
        try (EmbeddedDatabase server = EmbeddedDatabase.startTemporary()) {
            Path deposit = new DemoGenerator().writeBenchmarkDeposit(minimumRows, work);
            String url = server.jdbcUrl("postgres") + "?user=postgres";
            try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
                statement.execute("create database bench");
            }
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(server.jdbcUrl("bench") + "?user=postgres");
            Schema.migrate(dataSource);
            ImportReport report;
            try (ZipDepositSource source = new ZipDepositSource(deposit)) {
                report = new DepositImporter(dataSource, VariableResolver.NONE, ImportLimits.DEFAULT)
                        .importDeposit(null, source, ImportProgress.NONE);
            }
            System.out.printf("Java %s, %d cores, max heap %d MiB; imported %d rows in %d series%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, report.rows(), report.series());
            List<String> series = new ArrayList<>();
            List<String> datasets = new ArrayList<>();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select observation_id, dataset_id from series order by 2, 1")) {
                while (rows.next()) {
                    series.add(rows.getString(1));
                    if (!datasets.contains(rows.getString(2))) {
                        datasets.add(rows.getString(2));
                    }
                }
            }
            List<Run> copies = new ArrayList<>();
            List<Run> csvs = new ArrayList<>();
            List<Run> netcdfs = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                copies.add(report("COPY (select …) TO STDOUT", rawCopy(dataSource, series)));
                csvs.add(report("CSV export", csv(dataSource, series)));
                netcdfs.add(report("NetCDF export (per dataset)", netcdf(dataSource, datasets, work)));
            }
            Run copy = best(copies);
            Run csv = best(csvs);
            System.out.printf("best CSV export / best COPY: %.0f %% of the rows/s%n", 100 * csv.rowsPerSecond() / copy.rowsPerSecond());
            System.out.printf("best NetCDF export: %.0f rows/s%n", best(netcdfs).rowsPerSecond());
        } finally {
            try (var files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Run rawCopy(PGSimpleDataSource dataSource, List<String> series) throws Exception {
        resetPeakHeap();
        long start = System.nanoTime();
        long rows = 0;
        CountingStream out = new CountingStream();
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String observationId : series) {
                // observation ids come from our own table; COPY takes no bind parameters
                rows += copy.copyOut("copy (select m.time_begin, m.time, m.latitude, m.longitude, m.altitude, m.value,"
                        + " m.result, m.flags, m.additional from measurement m join series s on s.id = m.series_id"
                        + " where s.observation_id = '" + observationId + "' order by m.time) to stdout with (delimiter ';')", out);
            }
        }
        return new Run(rows, out.bytes, (System.nanoTime() - start) / 1e9, peakHeapMib());
    }

    private static Run csv(PGSimpleDataSource dataSource, List<String> series) throws Exception {
        resetPeakHeap();
        long start = System.nanoTime();
        long rows = 0;
        CountingStream out = new CountingStream();
        ExportScopes scopes = new ExportScopes(dataSource);
        CsvFormat format = new CsvFormat(dataSource);
        for (String observationId : series) {
            long before = out.lines;
            format.prepare(scopes.series(observationId, ExportOptions.ALL, Viewer.ANONYMOUS), ExportOptions.ALL).writeTo(out);
            rows += out.lines - before - 5; // the four # lines and the column line
        }
        return new Run(rows, out.bytes, (System.nanoTime() - start) / 1e9, peakHeapMib());
    }

    private static Run netcdf(PGSimpleDataSource dataSource, List<String> datasets, Path work) throws Exception {
        resetPeakHeap();
        long start = System.nanoTime();
        CountingStream out = new CountingStream();
        for (String datasetId : datasets) {
            ExportScope scope = new ExportScopes(dataSource).dataset(datasetId, ExportOptions.ALL, Viewer.ANONYMOUS);
            new NetcdfFormat(dataSource, work).prepare(scope, ExportOptions.ALL).writeTo(out);
        }
        long rows;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select sum(row_count) from series")) {
            count.next();
            rows = count.getLong(1);
        }
        return new Run(rows, out.bytes, (System.nanoTime() - start) / 1e9, peakHeapMib());
    }

    private static Run report(String what, Run run) {
        System.out.printf("%-26s %,12d rows %,14d bytes %7.1f s %,10.0f rows/s  peak heap %d MiB%n", what, run.rows(),
                run.bytes(), run.seconds(), run.rowsPerSecond(), run.peakHeapMib());
        return run;
    }

    private static Run best(List<Run> runs) {
        return runs.stream().max(Comparator.comparingDouble(Run::rowsPerSecond)).orElseThrow();
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
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    /** Counts bytes and lines, keeps nothing. */
    private static final class CountingStream extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
