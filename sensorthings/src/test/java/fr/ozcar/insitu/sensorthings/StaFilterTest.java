package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** $filter: every operator and function of OGC 18-088 §9.3.3.5, translated to SQL. */
class StaFilterTest {

    private static StaClient sta;

    @BeforeAll
    static void load() {
        sta = new StaClient(new StaService(StaFixture.embedded().dataSource(), StaSettings.DEFAULTS));
    }

    static long count(String set, String filter) {
        return sta.count(set, filter);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Things       | name eq 'Ara'                                   | 1
            Things       | name ne 'Ara'                                   | 4
            Things       | id gt 2                                         | 3
            Things       | id ge 2 and id le 3                             | 2
            Things       | id lt 2 or id eq 5                              | 2
            Things       | not (name eq 'Ara')                             | 4
            Things       | (id add 1) eq 3                                 | 1
            Things       | id sub 1 eq 0                                   | 1
            Things       | id mul 2 eq 8                                   | 1
            Things       | id div 2 eq 2.5                                 | 1
            Things       | id mod 2 eq 1                                   | 3
            Things       | substringof('ara', tolower(name))               | 1
            Things       | endswith(name, 'hou')                           | 1
            Things       | startswith(name, 'Stren')                       | 1
            Things       | length(name) eq 3                               | 1
            Things       | indexof(name, 'r') eq 1                         | 1
            Things       | substring(name, 1) eq 'ra'                      | 1
            Things       | substring(name, 0, 2) eq 'Ar'                   | 1
            Things       | toupper(name) eq 'KERVIDY'                      | 1
            Things       | trim(concat(' ', name)) eq 'Ara'                | 1
            Things       | concat(name, '!') eq 'Ara!'                     | 1
            Things       | properties/climate eq 'Tropical climate'        | 2
            Things       | properties/producerId eq 'AGRH'                 | 2
            Things       | Datastreams/ObservedProperty/name eq 'Air temperature' | 2
            Things       | Locations/name eq 'Ara' and Datastreams/id eq 3 | 1
            Datastreams  | ObservedProperty/definition eq 'https://w3id.org/ozcar-theia/waterTemperature' | 2
            Datastreams  | unitOfMeasurement/symbol eq 'mm'                | 2
            Datastreams  | properties/processingLevel eq 'Raw data'        | 7
            Datastreams  | Thing/properties/country eq 'FR'                | 5
            Datastreams  | phenomenonTime ge 2021-01-01T00:00:00Z          | 1
            Datastreams  | year(phenomenonTime) eq 2019                    | 2
            Observations | Datastream/id eq 1 and result gt 29.9           | 41
            Observations | Datastream/id eq 1 and result eq null           | 10
            Observations | Datastream/id eq 1 and result ne null           | 990
            Observations | Datastream/id eq 1 and round(result) eq 25      | 84
            Observations | Datastream/id eq 1 and floor(result) eq 20      | 205
            Observations | Datastream/id eq 1 and ceiling(result) eq 30    | 205
            Observations | Datastream/id eq 1 and phenomenonTime lt 2020-01-01T10:00:00Z | 10
            Observations | Datastream/id eq 1 and phenomenonTime ge 2020-01-01T10:00:00Z and phenomenonTime le 2020-01-01T12:00:00Z | 3
            Observations | Datastream/id eq 1 and resultTime gt 2020-02-11T10:00:00Z | 5
            Observations | Datastream/id eq 1 and year(phenomenonTime) eq 2020 and month(phenomenonTime) eq 1 and day(phenomenonTime) eq 2 | 24
            Observations | Datastream/id eq 1 and hour(phenomenonTime) eq 0 and minute(phenomenonTime) eq 0 and second(phenomenonTime) eq 0 and fractionalseconds(phenomenonTime) eq 0 | 42
            Observations | Datastream/id eq 1 and date(phenomenonTime) eq 2020-01-05   | 24
            Observations | Datastream/id eq 1 and time(phenomenonTime) eq 13:00:00     | 42
            Observations | Datastream/id eq 1 and totaloffsetminutes(phenomenonTime) eq 0 | 1000
            Observations | Datastream/id eq 1 and phenomenonTime lt now() and phenomenonTime gt mindatetime() and phenomenonTime lt maxdatetime() | 1000
            Observations | Datastream/id eq 3 and phenomenonTime eq 2020-01-01T00:00:00Z/2020-01-02T00:00:00Z | 1
            Observations | Datastream/id eq 3 and phenomenonTime gt 2020-12-29T12:00:00Z | 1
            Observations | Datastream/id eq 3 and phenomenonTime lt 2020-01-03T00:00:00Z/2020-01-04T00:00:00Z | 2
            Observations | Datastream/id eq 3 and phenomenonTime gt 2020-01-01T00:00:00Z/2020-01-02T00:00:00Z | 364
            Observations | Datastream/id eq 3 and phenomenonTime ge 2020-01-01T00:00:00Z and phenomenonTime lt 2020-02-01T00:00:00Z | 31
            Observations | Datastream/id eq 3 and phenomenonTime ge 2020-02-01T00:00:00Z and phenomenonTime lt 2020-03-01T00:00:00Z | 29
            Observations | Datastream/id eq 3 and overlaps(phenomenonTime, 2020-01-01T00:00:00Z/2020-02-01T00:00:00Z) | 31
            Observations | Datastream/id eq 1 and overlaps(phenomenonTime, 2020-01-01T00:00:00Z/2020-01-02T00:00:00Z) | 24
            Observations | Datastream/id eq 1 and overlaps(phenomenonTime, 2020-01-01T05:00:00Z)  | 1
            Datastreams  | overlaps(phenomenonTime, 2019-06-01T00:00:00Z/2019-06-02T00:00:00Z) | 2
            Observations | Datastream/id eq 3 and phenomenonTime le 2020-01-03T00:00:00Z/2020-01-04T00:00:00Z | 2
            Observations | Datastream/id eq 1 and resultQuality eq null              | 0
            Observations | Datastream/id eq 7 and parameters/longitude gt -2.6         | 19
            Observations | Datastream/id eq 9 and result eq 'Snow on the plot'        | 1
            Observations | Datastream/id eq 9 and substringof('clean', result)        | 1
            Observations | Datastream/ObservedProperty/name eq 'Precipitation' and result gt 5 | 198
            Observations | FeatureOfInterest/name eq 'Boat transect'                 | 100
            ObservedProperties | Datastreams/Thing/name eq 'Ara'                    | 2
            """)
    void filterSelectsExactlyTheMatchingEntities(String set, String filter, long expected) {
        assertThat(count(set, filter)).isEqualTo(expected);
    }

    @Test
    void filtersAreCombinedWithTheResourcePath() {
        assertThat(sta.get("/v1.1/Datastreams(1)/Observations?$count=true&$top=1&$filter=result%20gt%2029.9")
                .json().get("@iot.count").asLong()).isEqualTo(41);
    }

    @Test
    void anObservationIdInAFilterSelectsThatObservationAsItsPathDoes() {
        JsonNode latest = sta.get("/v1.1/Datastreams(1)/Observations?$top=1&$orderby=phenomenonTime%20desc").json()
                .at("/value/0");
        long id = latest.get("@iot.id").asLong();

        JsonNode found = sta.get("/v1.1/Observations?$filter=id%20eq%20" + id).json().get("value");
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).isEqualTo(sta.get("/v1.1/Observations(" + id + ")").json());
        assertThat(count("Observations", id + " eq @iot.id")).isEqualTo(1);
        assertThat(count("Observations", "id eq " + id + " and result eq -1e9")).isZero();
        assertThat(count("Observations", "not (id eq " + id + ") and Datastream/id eq 1")).isEqualTo(999);
        assertThat(count("Observations", "id eq -5")).isZero();
    }

    @Test
    void anOffsetWhosePlusWasSentUnencodedStillReadsAsAPlus() {
        // form decoding turns the raw "+" into a space; 10:00+01:00 is 09:00Z, from which 991 hourly rows remain
        assertThat(sta.get("/v1.1/Datastreams(1)/Observations?$count=true&$top=0"
                + "&$filter=phenomenonTime+ge+2020-01-01T10:00:00+01:00").json().get("@iot.count").asLong()).isEqualTo(991);
        assertThat(sta.get("/v1.1/Datastreams(1)/Observations?$count=true&$top=0"
                + "&$filter=overlaps(phenomenonTime,2020-01-01T01:00:00+01:00/2020-01-01T03:00:00+01:00)").json()
                .get("@iot.count").asLong()).isEqualTo(2);
        assertThat(count("Observations", "Datastream/id eq 1 and phenomenonTime ge 2020-01-01T10:00:00+01:00")).isEqualTo(991);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name eq                        | unexpected end of expression at character 8
            nme eq 'Ara'                   | 'nme' is neither a property nor a navigation of Thing at character 1
            name eq 'Ara                   | unterminated string literal at character 9
            name eq 3                      | cannot compare a string with a number at character 6
            frobnicate(name)               | unknown function 'frobnicate' at character 1
            length(name, name) eq 1        | length takes 1 argument, not 2 at character 1
            name eq 'a' and                | unexpected end of expression
            id eq 1)                       | unexpected ')'
            name                           | a condition is expected here, not a string at character 1
            name eq 2020-13-45T00:00:00Z   | invalid date or time literal at character 9
            st_within(name, geography'POINT(1 2)') | a geometry is expected here, not a string
            st_within(Locations/location, geography'POINT(1 2') | invalid WKT geometry
            overlaps(name, 2020-01-01T00:00:00Z) | overlaps compares times or time intervals, not a string
            """)
    void badFiltersAre400sThatSayWhatAndWhere(String filter, String message) {
        StaClient.Answer answer = sta.get("/v1.1/Things?$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode problem = answer.json();
        assertThat(problem.get("detail").asText()).startsWith("$filter: ").contains(message);
    }

    @Test
    void userTextNeverReachesTheSqlText() {
        assertThat(count("Things", "name eq 'x''; drop table series; --'")).isZero();
        assertThat(sta.get("/v1.1/Things?$filter=" + URLEncoder.encode("properties/climate') is not null or ('1' eq '1",
                StandardCharsets.UTF_8)).status()).isEqualTo(400);
        assertThat(count("Datastreams", "true")).isEqualTo(9);
    }
}
