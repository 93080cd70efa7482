package fr.ozcar.insitu.web.deposit;

import fr.ozcar.insitu.core.demo.DemoGenerator;
import fr.ozcar.insitu.core.deposit.ImportMode;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.deposit.job.ImportJobs;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start (no producer in the database) generates the demo deposits and imports them as
 * ordinary jobs, so that a new installation shows data at once; the server answers meanwhile and
 * the jobs' progress is visible at {@code /api/imports/{id}} and in the log.
 */
@Singleton
@Requires(property = "insitu.demo.load-on-first-start", value = "true", defaultValue = "true")
public class FirstStartDemo implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStartDemo.class);

    private final DataSource dataSource;
    private final ImportJobs jobs;
    private final Path directory;

    public FirstStartDemo(DataSource dataSource, ImportJobs jobs, @Value("${insitu.data-dir:data}") String dataDir) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.directory = Path.of(dataDir, "demo");
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (hasProducers()) {
            return;
        }
        for (Path zip : new DemoGenerator().writeDemoDeposits(directory)) {
            // a producer may deposit its own data while the demo loads: that version is never replaced
            ImportJobs.Submitted job = jobs.submit(null, new ZipDepositSource(zip), ImportMode.KEEP_EXISTING);
            LOG.info("Importing demo deposit {} as job /api/imports/{}", zip.getFileName(), job.id());
            job.report().thenAccept(report -> LOG.info("Demo deposit {}: {} ({} series, {} rows)",
                    zip.getFileName(), report.outcome(), report.series(), report.rows()));
        }
    }

    private boolean hasProducers() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select exists (select 1 from producer)")) {
            rows.next();
            return rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell whether the database holds producers", e);
        }
    }
}
