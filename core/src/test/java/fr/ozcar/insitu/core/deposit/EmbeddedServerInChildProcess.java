package fr.ozcar.insitu.core.deposit;

import fr.ozcar.insitu.core.database.EmbeddedDatabase;
import fr.ozcar.insitu.core.deposit.job.ImportJobs;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.schema.Schema;
import fr.ozcar.insitu.core.variable.VariableResolver;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application as the server runs it, in a JVM of its own that a test kills: the embedded database
 * in a data folder, a first deposit imported, then a large one under way. Arguments: the data folder,
 * the first deposit's folder, the large deposit's zip. Prints {@code url=…} and {@code first-imported}.
 */
public final class EmbeddedServerInChildProcess {

    private EmbeddedServerInChildProcess() {
    }

    public static void main(String[] args) {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl("postgres") + "?user=postgres");
        Schema.migrate(dataSource);
        DepositImporter importer = new DepositImporter(dataSource, VariableResolver.NONE, ImportLimits.DEFAULT);
        System.out.println("url=" + database.jdbcUrl("postgres") + "?user=postgres");
        System.out.println("first=" + importer.importDeposit("CATC", new FolderDepositSource(Path.of(args[1])),
                ImportProgress.NONE).outcome());
        ImportJobs jobs = new ImportJobs(dataSource, importer, Executors.newSingleThreadExecutor());
        System.out.println("second=" + jobs.submit("CATC", new ZipDepositSource(Path.of(args[2]))).report().join()
                .outcome());
        database.close();
        System.exit(0); // the job executor's thread would keep the JVM alive
    }
}
