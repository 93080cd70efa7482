package fr.ozcar.insitu.core.deposit;

import fr.ozcar.insitu.core.deposit.job.ImportJobs;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Imports a deposit zip as an import job, in a JVM of its own so that a test can kill it mid-import
 * or bound its heap. Arguments: the database's JDBC URL (with its user), the zip or deposit folder.
 * Prints the outcome.
 */
public final class ImportInChildProcess {

    private ImportInChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[0]);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            ImportJobs jobs = new ImportJobs(dataSource,
                    new DepositImporter(dataSource, VariableResolver.NONE, ImportLimits.DEFAULT), executor);
            ImportReport report = jobs.submit("CATC", Files.isDirectory(Path.of(args[1]))
                    ? new FolderDepositSource(Path.of(args[1])) : new ZipDepositSource(Path.of(args[1]))).report().join();
            System.out.println("outcome=" + report.outcome() + " rows=" + report.rows() + " errors=" + report.errors());
            long peak = 0;
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("peak-heap-used-mb=" + peak / (1 << 20) + " max-heap-mb="
                    + Runtime.getRuntime().maxMemory() / (1 << 20));
        } finally {
            executor.shutdown();
        }
    }
}
