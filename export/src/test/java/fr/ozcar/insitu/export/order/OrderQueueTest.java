package fr.ozcar.insitu.export.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.export.ImportedCatc;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderQueueTest {

    private static final Viewer ALICE = new Viewer(Optional.of("alice"), Optional.of("alice@example.org"),
            Set.of(Role.RESEARCHER), Set.of());
    private static final Viewer BOB = new Viewer(Optional.of("bob"), Optional.of("bob@example.org"),
            Set.of(Role.RESEARCHER), Set.of());

    @TempDir
    Path scratch;

    private DataSource source;
    private Orders orders;
    private Path packages;

    @BeforeEach
    void importCatc() throws Exception {
        source = ImportedCatc.database(scratch);
        orders = new Orders(source);
        packages = Files.createDirectories(scratch.resolve("packages"));
    }

    @Test
    void anOrderBecomesOneZipWithItsFilesMetadataReadmeAndChecksums() throws Exception {
        String id = orders.place(ALICE, order(List.of("CATC_OBS_AirTemp_Upper", "CATC_OBS_Conductivity_Boat"), true, true));
        List<String> finished = new ArrayList<>();

        assertThat(new OrderQueue(source, packages, Duration.ofDays(7), finished::add).processNext()).isTrue();

        Order order = orders.find(ALICE, id);
        assertThat(id).matches("CMD-\\d{10}");
        assertThat(order.status()).isEqualTo("ready");
        assertThat(order.progress()).isEqualTo(100);
        assertThat(finished).containsExactly(id);
        Map<String, byte[]> entries = unzip(packages.resolve(id + ".zip"));
        assertThat(entries.keySet()).containsExactly("csv/CATC_OBS_AirTemp_Upper.txt", "csv/CATC_OBS_Conductivity_Boat.txt",
                "netcdf/CATC_DAT_Meteo.nc", "netcdf/CATC_DAT_River.nc", "metadata/CATC_en.json", "README.txt",
                "manifest-sha256.txt");
        assertThat(text(entries, "README.txt")).contains("Citation: Durand M. (", "CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/");
        assertThat(text(entries, "metadata/CATC_en.json")).contains("CATC_OBS_AirTemp_Upper").doesNotContain("CATC_OBS_Rain_Upper");
        for (String line : text(entries, "manifest-sha256.txt").split("\n")) {
            String[] parts = line.split("  ");
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(parts[1]))))
                    .as(parts[1]).isEqualTo(parts[0]);
        }
    }

    @Test
    void twoWorkersOnOneDatabaseNeverProcessOneOrderTwice() throws Exception {
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            placed.add(orders.place(ALICE, order(List.of("CATC_OBS_AirTemp_Upper", "CATC_OBS_Rain_Upper"), true, true)));
        }
        ConcurrentLinkedQueue<String> finished = new ConcurrentLinkedQueue<>();
        // two servers: each its own queue and its own connections to the same database
        List<Thread> workers = new ArrayList<>();
        for (int server = 0; server < 2; server++) {
            OrderQueue queue = new OrderQueue(ImportedCatc.sameDatabase(source), packages, Duration.ofDays(7), finished::add);
            Thread worker = new Thread(() -> {
                try {
                    while (queue.processNext()) {
                        Thread.onSpinWait();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }

        assertThat(finished).containsExactlyInAnyOrderElementsOf(placed);
        for (String id : placed) {
            assertThat(orders.find(ALICE, id)).extracting(Order::status, Order::attempts).containsExactly("ready", 1);
        }
    }

    @Test
    void anOrderWhoseServerDiesMidwayIsResumedByTheNextWorker() throws Exception {
        String id = orders.place(ALICE, order(List.of("CATC_OBS_AirTemp_Upper"), true, false));
        Thread dying;
        try (Connection blocker = source.getConnection(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("lock table producer in access exclusive mode"); // the worker will wait midway
            OrderQueue first = new OrderQueue(source, packages, Duration.ofDays(7), done -> { });
            dying = new Thread(() -> {
                try {
                    first.processNext();
                } catch (Exception e) {
                    // its connections are cut: that is the crash
                }
            });
            dying.start();
            try (Connection watcher = source.getConnection(); Statement watch = watcher.createStatement()) {
                waitUntil(watch, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and datname = current_database()");
                assertThat(orders.find(ALICE, id).status()).isEqualTo("processing");
                // the server dies: PostgreSQL ends its sessions, which releases its claim
                watch.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
                        + " and pid <> pg_backend_pid() and pid <> " + backendPid(statement));
            }
            dying.join();
            blocker.commit();
        }

        assertThat(new OrderQueue(source, packages, Duration.ofDays(7), done -> { }).processNext()).isTrue();

        assertThat(orders.find(ALICE, id)).extracting(Order::status, Order::attempts).containsExactly("ready", 2);
        assertThat(unzip(packages.resolve(id + ".zip"))).containsKey("csv/CATC_OBS_AirTemp_Upper.txt");
    }

    @Test
    void orderingNeedsASignedInUser() {
        assertThatThrownBy(() -> orders.place(Viewer.ANONYMOUS, order(List.of("CATC_OBS_AirTemp_Upper"), true, false)))
                .extracting(e -> ((OrderRefused) e).reason()).isEqualTo(OrderRefused.Reason.SIGN_IN_REQUIRED);
    }

    @Test
    void everyProblemOfAnOrderIsReportedAtOnceAndNothingIsWritten() throws Exception {
        OrderRequest bad = new OrderRequest(List.of(), null, null, false, false, "astronaut", null, null, List.of(),
                false, null);

        assertThatThrownBy(() -> orders.place(ALICE, bad)).isInstanceOfSatisfying(OrderRefused.class, e -> {
            assertThat(e.reason()).isEqualTo(OrderRefused.Reason.INVALID);
            assertThat(e.problems()).hasSize(3);
        });
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select (select count(*) from export_order) + (select count(*) from export_job)")) {
            count.next();
            assertThat(count.getLong(1)).isZero();
        }
    }

    @Test
    void anEmbargoedOrUnknownObservationIsRefusedWithItsReason() throws Exception {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update dataset set embargo_days = 100000 where id = 'CATC_DAT_Meteo'");
        }

        assertThatThrownBy(() -> orders.place(ALICE, order(List.of("CATC_OBS_AirTemp_Upper", "CATC_OBS_Nothing"), true, false)))
                .isInstanceOfSatisfying(OrderRefused.class, e -> assertThat(e.problems())
                        .containsExactly("CATC_OBS_AirTemp_Upper: every row is still under embargo", "no series CATC_OBS_Nothing"));
    }

    @Test
    void anotherUsersOrderIsAsUnknownAsAMissingOne() {
        String id = orders.place(ALICE, order(List.of("CATC_OBS_AirTemp_Upper"), true, false));

        assertThatThrownBy(() -> orders.find(BOB, id))
                .isInstanceOfSatisfying(OrderRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(OrderRefused.Reason.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("no order " + id);
                });
    }

    private static OrderRequest order(List<String> observations, boolean csv, boolean netcdf) {
        return new OrderRequest(observations, null, null, csv, netcdf, "researcher", "Université de Toulouse", "FR",
                List.of("research"), true, "hydrological modelling");
    }

    private static long backendPid(Statement statement) throws Exception {
        try (ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
            pid.next();
            return pid.getLong(1);
        }
    }

    private static void waitUntil(Statement statement, String countQuery) throws Exception {
        for (int i = 0; i < 600; i++) {
            try (ResultSet count = statement.executeQuery(countQuery)) {
                count.next();
                if (count.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for: " + countQuery);
    }

    private static Map<String, byte[]> unzip(Path zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                entries.put(entry.getName(), bytes.toByteArray());
            }
        }
        return entries;
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }
}
