package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of generated and garbled $filter strings, and SQL injection attempts: each is answered
 * with 200 or 400, never 500, and the data is unchanged afterwards.
 */
class StaFilterFuzzTest {

    private static final String[] PATHS = {"id", "name", "description", "properties/climate", "properties/a/b",
            "result", "phenomenonTime", "resultTime", "parameters/longitude", "Datastream/name", "Datastream/id",
            "Thing/name", "Locations/location", "location", "observedArea", "Datastreams/ObservedProperty/name",
            "unitOfMeasurement/symbol", "nope", "Datastream/Thing/Locations/location", "feature", "resultQuality"};
    private static final String[] LITERALS = {"'Ara'", "'x''y'", "''", "0", "-1", "3.5", "1e308", "1e-5", "true", "false",
            "null", "2020-01-01T00:00:00Z", "2020-01-01T00:00:00.5+02:00", "2020-01-01", "12:30:00",
            "2020-01-01T00:00:00Z/2020-02-01T00:00:00Z", "geography'POINT(1 2)'",
            "geography'POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))'", "geometry'LINESTRING(0 0, 1 1)'", "9223372036854775807"};
    private static final String[] FUNCTIONS = {"substringof", "endswith", "startswith", "length", "indexof", "substring",
            "tolower", "toupper", "trim", "concat", "year", "month", "day", "hour", "minute", "second",
            "fractionalseconds", "date", "time", "totaloffsetminutes", "now", "mindatetime", "maxdatetime", "round",
            "floor", "ceiling", "geo.distance", "geo.length", "geo.intersects", "st_equals", "st_disjoint", "st_touches",
            "st_within", "st_overlaps", "st_crosses", "st_intersects", "st_contains", "st_relate", "unknownfn"};
    private static final String[] COMPARISONS = {"eq", "ne", "gt", "ge", "lt", "le"};
    private static final String[] ARITHMETIC = {"add", "sub", "mul", "div", "mod"};
    private static final String[] INJECTIONS = {
            "name eq 'x''; drop table series; --'",
            "name eq 'x'; drop table series; --",
            "name eq '1' or '1'='1'",
            "properties/x') = '1' or true or ('a",
            "id eq 1; delete from measurement",
            "name eq '\\'; truncate measurement; --'",
            "substringof('%', name) or name eq '_'",
            "properties/climate/../../x eq 1",
            "st_relate(location, geography'POINT(1 2)', 'T*F**F***') or st_relate(location, location, '; drop')",
            "name eq $$x$$", "name eq E'\\x27'", "id eq 1 union select 1", "Datastream/id eq 1 and result div 0 eq 1",
            "result mod 0 eq 1", "substring(name, 99999999999, -5) eq ''", "id add 9223372036854775807 gt 0",
            "year(phenomenonTime) eq 99999999999", "length(name) eq 1e400", "'" + "a".repeat(10_000) + "' eq name",
            "(".repeat(500) + "true" + ")".repeat(500), "not ".repeat(300) + "true"};

    /** well-typed atoms per entity set, combined at random so that many generated filters are valid */
    private static final String[][] ATOMS = {
            {"name eq 'Ara'", "id gt 2", "length(name) gt 4", "startswith(name, 'K')", "properties/climate eq 'Oceanic climate'",
             "Datastreams/ObservedProperty/name eq 'Precipitation'", "substringof('a', tolower(name))", "id mod 2 eq 0"},
            {"id le 5", "phenomenonTime gt 2020-01-01T00:00:00Z", "unitOfMeasurement/symbol eq 'mm'", "Thing/name ne 'Ara'",
             "year(phenomenonTime) eq 2019", "st_intersects(observedArea, geography'POLYGON((0 0, 10 0, 10 50, 0 50, 0 0))')"},
            {"result gt 25", "Datastream/id eq 1", "phenomenonTime lt 2020-01-02T00:00:00Z", "hour(resultTime) eq 3",
             "result add 1 le 26.5", "parameters/longitude lt -2.9", "round(result) eq 24"},
            {"name eq 'Kervidy'", "geo.distance(location, geography'POINT(1 9)') lt 2", "encodingType eq 'application/geo+json'",
             "st_within(location, geography'POLYGON((-5 40, 10 40, 10 50, -5 50, -5 40))')"}};

    private final Random random = new Random(20260424L);

    @Test
    void noFilterGives500AndTheDataIsUnchanged() throws Exception {
        TestDatabase database = StaFixture.embedded();
        StaClient sta = new StaClient(new StaService(database.dataSource(), StaSettings.DEFAULTS));
        String before = checksum(database);
        String[] sets = {"Things", "Datastreams", "Observations", "Locations"};
        List<String[]> requests = new ArrayList<>();
        for (int i = 0; i < INJECTIONS.length; i++) {
            requests.add(new String[] {sets[i % sets.length], INJECTIONS[i]});
        }
        for (int i = 0; i < 200; i++) {
            String generated = boolExpr(3);
            requests.add(new String[] {sets[i % sets.length], generated});
            requests.add(new String[] {sets[(i + 1) % sets.length], mutate(generated)});
            int k = random.nextInt(ATOMS.length);
            String typed = typed(ATOMS[k], 2);
            requests.add(new String[] {sets[k], typed});
            requests.add(new String[] {sets[k], mutate(typed)});
        }
        int answered = 0;
        for (String[] request : requests) {
            String set = request[0];
            String filter = request[1];
            StaClient.Answer answer = sta.get("/v1.1/" + set + "?$top=5&$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
            assertThat(answer.status()).as(set + " $filter=" + filter + " -> " + answer.body()).isIn(200, 400);
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
            answered += answer.status() == 200 ? 1 : 0;
            String orderBy = sta.get("/v1.1/" + set + "?$top=2&$orderby=" + URLEncoder.encode(filter, StandardCharsets.UTF_8))
                    .status() + "";
            assertThat(orderBy).as("$orderby=" + filter).isIn("200", "400");
        }
        assertThat(answered).as("generated filters that are valid").isGreaterThan(50);
        assertThat(checksum(database)).isEqualTo(before);
    }

    private String typed(String[] atoms, int depth) {
        return switch (depth <= 0 ? 0 : random.nextInt(4)) {
            case 0 -> pick(atoms);
            case 1 -> typed(atoms, depth - 1) + " and " + typed(atoms, depth - 1);
            case 2 -> typed(atoms, depth - 1) + " or " + typed(atoms, depth - 1);
            default -> "not (" + typed(atoms, depth - 1) + ")";
        };
    }

    private String boolExpr(int depth) {
        int choice = random.nextInt(depth <= 0 ? 2 : 5);
        return switch (choice) {
            case 0 -> value(depth - 1) + " " + pick(COMPARISONS) + " " + value(depth - 1);
            case 1 -> call(depth - 1);
            case 2 -> boolExpr(depth - 1) + (random.nextBoolean() ? " and " : " or ") + boolExpr(depth - 1);
            case 3 -> "not (" + boolExpr(depth - 1) + ")";
            default -> "(" + boolExpr(depth - 1) + ")";
        };
    }

    private String value(int depth) {
        int choice = random.nextInt(depth <= 0 ? 2 : 4);
        return switch (choice) {
            case 0 -> pick(PATHS);
            case 1 -> pick(LITERALS);
            case 2 -> call(depth - 1);
            default -> value(depth - 1) + " " + pick(ARITHMETIC) + " " + value(depth - 1);
        };
    }

    private String call(int depth) {
        int arguments = random.nextInt(4);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < arguments; i++) {
            args.add(value(depth - 1));
        }
        return pick(FUNCTIONS) + "(" + String.join(", ", args) + ")";
    }

    private String mutate(String text) {
        StringBuilder mutated = new StringBuilder(text);
        String noise = "()',/ -$%'\"\\;:*eqand";
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            int at = random.nextInt(mutated.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> mutated.insert(at, noise.charAt(random.nextInt(noise.length())));
                case 1 -> {
                    if (at < mutated.length()) {
                        mutated.deleteCharAt(at);
                    }
                }
                default -> mutated.setLength(Math.min(at, mutated.length()));
            }
        }
        return mutated.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String checksum(TestDatabase database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select (select count(*) from measurement) || '/'"
                     + " || (select count(*) from series) || '/' || (select count(*) from sampling_feature) || '/'"
                     + " || (select md5(string_agg(observation_id || coalesce(variable_iri, ''), ',' order by id)) from series)"
                     + " || '/' || (select sum(value) from measurement)")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
