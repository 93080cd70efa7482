package fr.ozcar.insitu.bench.sensorthings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.ozcar.insitu.core.database.EmbeddedDatabase;
import fr.ozcar.insitu.core.schema.MeasurementPartitions;
import fr.ozcar.insitu.core.schema.Schema;
import fr.ozcar.insitu.sensorthings.entity.ObservationId;
import fr.ozcar.insitu.sensorthings.service.StaRequest;
import fr.ozcar.insitu.sensorthings.service.StaResponse;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * SensorThings API against hand-written SQL on the same rows, in the same run (docs/performance.md).
 * Loads {@code --series × --rows-per-series} measurements (default 100 × 500 000 = 50 M, 10-minute
 * steps from 2015) into an embedded PostgreSQL kept in {@code --data-dir}, reused by later runs.
 * Server time = {@link StaService#handle} plus writing the body to a null stream; both sides reuse one
 * warm connection, as behind the server's pool.
 */
public final class StaBenchmark {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Instant START = Instant.parse("2015-01-01T00:00:00Z");
    private static final String ROOT = "http://bench.example/sta/v1.1";

    private final DataSource dataSource;
    private final StaService service;
    private final int series;
    private final int iterations;
    private final Random random = new Random(42);

    private StaBenchmark(DataSource dataSource, int series, int iterations) {
        this.dataSource = dataSource;
        this.series = series;
        this.iterations = iterations;
        this.service = new StaService(dataSource, StaSettings.DEFAULTS);
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(option(args, "--data-dir", "target/bench-sta-db"));
        int series = Integer.parseInt(option(args, "--series", "100"));
        int rowsPerSeries = Integer.parseInt(option(args, "--rows-per-series", "500000"));
        int iterations = Integer.parseInt(option(args, "--iterations", "200"));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0)) {
            try (Connection admin = DriverManager.getConnection(database.jdbcUrl("postgres"), "postgres", "");
                 Statement statement = admin.createStatement();
                 ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = 'bench'")) {
                if (!exists.next()) {
                    statement.execute("create database bench");
                }
            }
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(database.jdbcUrl("bench"));
            dataSource.setUser("postgres");
            if (!loaded(dataSource)) {
                Schema.migrate(dataSource);
                load(dataSource, series, rowsPerSeries);
            } else {
                // a database loaded by an earlier run is reused as it is (migrations merged since then
                // would fail Flyway's ordering check; delete --data-dir to rebuild)
                System.out.println("reusing the loaded database in " + dataDir);
            }
            new StaBenchmark(new ReusedConnection(dataSource), series, iterations).run(rowsPerSeries);
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static boolean loaded(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select to_regclass('series') is not null"
                     + " and exists (select 1 from pg_class where relname = 'series' and reltuples > 0)")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static void load(DataSource dataSource, int series, int rowsPerSeries) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            long started = System.nanoTime();
            int lastYear = START.plusSeconds(600L * rowsPerSeries).atZone(java.time.ZoneOffset.UTC).getYear();
            MeasurementPartitions.ensureYears(connection, 2015, lastYear);
            sql.execute("insert into producer (id, name, title, description, document, deposit_sha256)"
                    + " values ('BNCH', 'Bench', 'Bench observatory', 'generated', '{}', 'x')");
            sql.execute("insert into dataset (id, producer_id, title, description, document)"
                    + " values ('BNCH_DAT_1', 'BNCH', 'Bench dataset', 'generated', '{}')");
            sql.execute("insert into variable (id, iri, label, unit) values"
                    + " (1, 'https://w3id.org/ozcar-theia/atmosphericTemperature', 'Air temperature', '°C')");
            sql.execute("insert into sampling_feature (id, producer_id, name, geometry, geometry_type, longitude, latitude)"
                    + " select i, 'BNCH', 'Station ' || i, jsonb_build_object('type', 'Point', 'coordinates',"
                    + " jsonb_build_array(-5 + (i % 10) * 1.5, 42 + (i / 10) * 0.8)), 'Point', -5 + (i % 10) * 1.5, 42 + (i / 10) * 0.8"
                    + " from generate_series(1, " + series + ") i");
            sql.execute("insert into series (id, observation_id, dataset_id, sampling_feature_id, property_name, unit,"
                    + " variable_iri, processing_level, data_type, time_serie, data_file, quality_flags, document)"
                    + " select i, 'BNCH_OBS_' || i, 'BNCH_DAT_1', i, 'Air temperature', '°C',"
                    + " 'https://w3id.org/ozcar-theia/atmosphericTemperature', 'Raw data', 'Numeric', true, i || '.txt',"
                    + " '[{\"code\":\"1\",\"description\":\"good\"}]', '{}' from generate_series(1, " + series + ") i");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into measurement (series_id, time, value, flags) select ?, ?::timestamptz + make_interval(mins => 10 * i),"
                            + " round((12 + 8 * sin(i / 144.0 * 2 * pi()) + random())::numeric, 2)::double precision,"
                            + " case when i % 50 = 0 then '2' else '1' end from generate_series(0, ? - 1) i")) {
                for (int s = 1; s <= series; s++) {
                    insert.setInt(1, s);
                    insert.setTimestamp(2, Timestamp.from(START));
                    insert.setInt(3, rowsPerSeries);
                    insert.execute();
                    connection.commit();
                    System.out.printf("series %d/%d loaded (%.0f s)%n", s, series, (System.nanoTime() - started) / 1e9);
                }
            }
            sql.execute("update series set row_count = " + rowsPerSeries + ", first_time = '" + START + "',"
                    + " last_time = timestamptz '" + START + "' + make_interval(mins => 10 * (" + rowsPerSeries + " - 1))");
            connection.commit();
            connection.setAutoCommit(true);
            sql.execute("vacuum analyze measurement");
            System.out.printf("loaded %d rows in %.0f s%n", (long) series * rowsPerSeries, (System.nanoTime() - started) / 1e9);
        }
    }

    private void run(int rowsPerSeries) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from measurement")) {
            rows.next();
            System.out.printf("measurements: %,d%n", rows.getLong(1));
        }
        Instant rangeStart = START.plusSeconds(600L * rowsPerSeries / 2);
        Instant rangeEnd = rangeStart.plusSeconds(7 * 86400);
        String range = "phenomenonTime%20ge%20" + rangeStart + "%20and%20phenomenonTime%20lt%20" + rangeEnd;
        System.out.println("scenario | STA p50 ms | STA p99 ms | SQL p50 ms | SQL p99 ms | ratio p50 | ratio p99");
        compare("latest 1000 observations of a datastream",
                s -> sta("Datastreams(" + s + ")/Observations", "$top=1000&$orderby=phenomenonTime%20desc"),
                s -> raw(s, null, null));
        compare("1000 observations of a datastream in a 7-day range",
                s -> sta("Datastreams(" + s + ")/Observations", "$top=1000&$filter=" + range),
                s -> raw(s, rangeStart, rangeEnd));
        compare("$count=true on the observations of one datastream",
                s -> sta("Datastreams(" + s + ")/Observations", "$count=true&$top=1"),
                s -> rawCount(s));
        alone("Things?$expand=Datastreams($expand=ObservedProperty) (100 per page)",
                s -> sta("Things", "$expand=Datastreams($expand=ObservedProperty)"));
        alone("Things?$filter=st_within(Locations/location, <polygon>) over all Things",
                s -> sta("Things", "$filter=st_within(Locations/location,%20geography'POLYGON((-6%2041,3%2041,3%2046,-6%2046,-6%2041))')"));
    }

    @FunctionalInterface
    private interface Work {
        void run(int series) throws Exception;
    }

    private void compare(String name, Work sta, Work raw) throws Exception {
        long[] staTimes = new long[iterations];
        long[] rawTimes = new long[iterations];
        for (int i = -iterations / 5; i < iterations; i++) { // the first fifth warms up
            int s = 1 + random.nextInt(series);
            long t0 = System.nanoTime();
            sta.run(s);
            long t1 = System.nanoTime();
            raw.run(s);
            long t2 = System.nanoTime();
            if (i >= 0) {
                staTimes[i] = t1 - t0;
                rawTimes[i] = t2 - t1;
            }
        }
        double staP50 = percentile(staTimes, 50);
        double staP99 = percentile(staTimes, 99);
        double rawP50 = percentile(rawTimes, 50);
        double rawP99 = percentile(rawTimes, 99);
        System.out.printf("%s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f%n", name, staP50, staP99, rawP50, rawP99,
                staP50 / rawP50, staP99 / rawP99);
    }

    private void alone(String name, Work sta) throws Exception {
        long[] times = new long[iterations];
        for (int i = -iterations / 5; i < iterations; i++) {
            long t0 = System.nanoTime();
            sta.run(0);
            if (i >= 0) {
                times[i] = System.nanoTime() - t0;
            }
        }
        System.out.printf("%s | %.2f | %.2f | - | - | - | -%n", name, percentile(times, 50), percentile(times, 99));
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private void sta(String path, String query) throws IOException {
        StaResponse response = service.handle(new StaRequest("v1.1", path, query, ROOT));
        if (response.status() != 200) {
            throw new IllegalStateException(path + "?" + query + " answered " + response.status());
        }
        response.writeTo(OutputStream.nullOutputStream());
    }

    /** The hand-written equivalent: the same rows by the primary key, the same JSON members. */
    private void raw(int series, Instant from, Instant to) throws Exception {
        String sql = "select time, time_begin, value, result, flags, longitude, latitude, altitude from measurement"
                + " where series_id = ?" + (from == null ? "" : " and time >= ? and time < ?") + " order by time desc limit 1000";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(1000);
                statement.setInt(1, series);
                if (from != null) {
                    statement.setTimestamp(2, Timestamp.from(from));
                    statement.setTimestamp(3, Timestamp.from(to));
                }
                try (ResultSet rows = statement.executeQuery();
                     JsonGenerator json = JSON.createGenerator(OutputStream.nullOutputStream())) {
                    json.writeStartObject();
                    json.writeArrayFieldStart("value");
                    while (rows.next()) {
                        Instant time = rows.getTimestamp(1).toInstant();
                        Timestamp begin = rows.getTimestamp(2);
                        long id = ObservationId.encode(series, time);
                        String self = ROOT + "/Observations(" + id + ")";
                        json.writeStartObject();
                        json.writeStringField("@iot.selfLink", self);
                        json.writeNumberField("@iot.id", id);
                        json.writeStringField("phenomenonTime", begin == null ? time.toString() : begin.toInstant() + "/" + time);
                        json.writeStringField("resultTime", time.toString());
                        double value = rows.getDouble(3);
                        if (rows.wasNull()) {
                            json.writeNullField("result");
                        } else {
                            json.writeNumberField("result", value);
                        }
                        String flags = rows.getString(5);
                        json.writeFieldName("resultQuality");
                        if (flags == null) {
                            json.writeNull();
                        } else {
                            json.writeStartArray();
                            for (String flag : flags.split("\\|")) {
                                json.writeString(flag);
                            }
                            json.writeEndArray();
                        }
                        json.writeNullField("parameters");
                        json.writeStringField("Datastream@iot.navigationLink", self + "/Datastream");
                        json.writeStringField("MultiDatastream@iot.navigationLink", self + "/MultiDatastream");
                        json.writeStringField("FeatureOfInterest@iot.navigationLink", self + "/FeatureOfInterest");
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
            }
            connection.commit();
        }
    }

    private void rawCount(int series) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select count(*) from measurement where series_id = ?")) {
            statement.setInt(1, series);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                rows.getLong(1);
            }
        }
    }
}
