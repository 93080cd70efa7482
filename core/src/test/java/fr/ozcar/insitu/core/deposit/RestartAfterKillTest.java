package fr.ozcar.insitu.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ozcar.insitu.core.database.DatabaseInUseException;
import fr.ozcar.insitu.core.database.EmbeddedDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The embedded database after its application was killed: PostgreSQL, a separate process, outlives
 * it and keeps the data folder, which made the next start fail ("Gave up waiting for server to start").
 */
class RestartAfterKillTest {

    @TempDir
    Path scratch;

    @Test
    void aRestartAfterKillMinus9MidImportSucceedsAtOnceWithThePreviousDataIntact() throws Exception {
        Path pg = scratch.resolve("data/pg");
        Path large = GeneratedDeposit.write(scratch, 3_000_000);
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), EmbeddedServerInChildProcess.class.getName(),
                pg.toString(), DepositFixture.copyOfCatc(scratch).toString(), large.toString()))
                .redirectErrorStream(true).start();
        Map<String, String> before;
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream()));
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(line(output, "url="));
            assertThat(line(output, "first=")).isEqualTo("IMPORTED");
            before = withoutJobs(DatabaseSnapshot.of(dataSource));
            waitUntilLoading(dataSource);
        } finally {
            child.destroyForcibly(); // kill -9: PostgreSQL, its child, is left running on the folder
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphan = Long.parseLong(Files.readAllLines(pg.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphaned PostgreSQL").hasValue(true);

        long start = System.nanoTime();
        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(pg, 0)) {
            assertThat(System.nanoTime() - start).as("started at once").isLessThan(TimeUnit.SECONDS.toNanos(60));
            PGSimpleDataSource again = new PGSimpleDataSource();
            again.setUrl(restarted.jdbcUrl("postgres") + "?user=postgres");
            assertThat(withoutJobs(DatabaseSnapshot.of(again))).isEqualTo(before);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aSecondProcessOnTheFolderOfARunningOneIsToldWhatToDo() throws Exception {
        Path pg = scratch.resolve("data/pg");
        try (EmbeddedDatabase running = EmbeddedDatabase.start(pg, 0)) {
            Process second = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), EmbeddedServerInChildProcess.class.getName(),
                    pg.toString(), "unused", "unused"))
                    .redirectErrorStream(true).redirectOutput(scratch.resolve("second.log").toFile()).start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();

            String log = Files.readString(scratch.resolve("second.log"));
            assertThat(log).contains(DatabaseInUseException.class.getName(), "is in use by another insitu process",
                    "curl -X PUT -T XXXX.zip").doesNotContain("could not lock", "Gave up waiting");
            assertThat(running.jdbcUrl("postgres")).as("the running one is untouched").isNotBlank();
        }
    }

    /** The value of the child's next output line that starts with {@code prefix} (its log shares the output). */
    private static String line(BufferedReader output, String prefix) throws Exception {
        for (String line; (line = output.readLine()) != null; ) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new AssertionError("the child ended before printing " + prefix);
    }

    private static void waitUntilLoading(PGSimpleDataSource dataSource) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = statement.executeQuery("select 1 from import_job"
                        + " where phase = 'loading' and rows_done > 0")) {
                    if (rows.next()) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the child import never reached the load");
    }

    private static Map<String, String> withoutJobs(Map<String, String> snapshot) {
        snapshot.remove("import_job");
        return snapshot;
    }
}
