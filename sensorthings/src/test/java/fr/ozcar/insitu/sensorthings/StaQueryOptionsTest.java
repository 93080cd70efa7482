package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** $select, $orderby, $top, $skip, $count and @iot.nextLink paging (OGC 18-088 A.2 request-data). */
class StaQueryOptionsTest {

    private static StaClient sta;

    @BeforeAll
    static void load() {
        sta = new StaClient(new StaService(StaFixture.embedded().dataSource(), new StaSettings(100, 1000, 200, StaSettings.DEFAULTS.queryTimeout())));
    }

    @Test
    void selectKeepsOnlyTheNamedPropertiesAndLinks() {
        JsonNode thing = sta.get("/v1.1/Things(1)?$select=name,Datastreams").json();
        assertThat(thing.has("name")).isTrue();
        assertThat(thing.has("description")).isFalse();
        assertThat(thing.has("@iot.id")).isFalse();
        assertThat(thing.has("Datastreams@iot.navigationLink")).isTrue();
        assertThat(thing.has("Locations@iot.navigationLink")).isFalse();
        assertThat(sta.get("/v1.1/Things?$select=id").json().at("/value/0").has("@iot.id")).isTrue();
        assertThat(sta.get("/v1.1/Things?$select=nme").status()).isEqualTo(400);
    }

    @Test
    void theIdMayAlsoBeNamedAtIotIdInSelectFilterAndOrderby() {
        JsonNode things = sta.get("/v1.1/Things?$select=@iot.id&$filter=@iot.id%20le%202&$orderby=@iot.id%20desc").json();
        assertThat(StaReadTest.texts(things.get("value"), "@iot.id")).containsExactly("2", "1");
        assertThat(things.at("/value/0").has("name")).isFalse();
        JsonNode observations = sta.get("/v1.1/Observations?$filter=Datastream/@iot.id%20eq%201&$count=true&$top=0").json();
        assertThat(observations.get("@iot.count").asLong()).isEqualTo(1000);
        assertThat(sta.get("/v1.1/Things(1)?$expand=Datastreams($select=@iot.id)").json().at("/Datastreams/0/@iot.id").asLong())
                .isEqualTo(1);
    }

    @Test
    void expandNestsFiveLevelsButNotMoreSoOneRequestCannotKeepTheServerBusyForMinutes() {
        // explicit small $tops: with the default 100 at each to-many level the entity budget would refuse it
        String five = "Datastreams($top=5;$expand=Thing($expand=Locations($top=5;$expand=Things($top=5;$expand=Datastreams($top=5)))))";
        assertThat(sta.get("/v1.1/Things?$top=1&$expand=" + five).status()).isEqualTo(200);
        String six = "Datastreams($expand=Thing($expand=Locations($expand=Things($expand=Datastreams($expand=Sensor)))))";
        StaClient.Answer tooDeep = sta.get("/v1.1/Things?$expand=" + six);
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.json().get("detail").asText()).contains("$expand", "5 levels");
        assertThat(sta.get("/v1.1/Things?$expand=Datastreams/Thing/Locations/Things/Datastreams/Sensor").status()).isEqualTo(400);
    }

    @Test
    void aSkipBeyondTheIntegerRangeSaysSoRatherThanCallingItNotAnInteger() {
        StaClient.Answer huge = sta.get("/v1.1/Things?$skip=9223372036854775807");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("detail").asText()).contains("over the largest value accepted, 2147483647");
        assertThat(sta.get("/v1.1/Things?$skip=-1").json().get("detail").asText()).contains("not a non-negative integer");
    }

    @Test
    void orderbyTakesSeveralKeysAndDirections() {
        JsonNode things = sta.get("/v1.1/Things?$orderby=properties/country%20desc,name%20asc&$select=name").json();
        assertThat(StaReadTest.texts(things.get("value"), "name"))
                .containsExactly("Boat transect", "Kervidy", "Strengbach plot", "Ara", "Nalohou");
        JsonNode latest = sta.get("/v1.1/Datastreams(1)/Observations?$orderby=phenomenonTime%20desc&$top=1").json();
        assertThat(latest.at("/value/0/phenomenonTime").asText()).isEqualTo("2020-02-11T15:00:00Z");
        JsonNode largest = sta.get("/v1.1/Datastreams(1)/Observations?$orderby=result%20desc&$top=1").json();
        assertThat(largest.at("/value/0/result").asDouble()).isEqualTo(30.0);
    }

    @Test
    void geometriesOrderInAStableOrderAsTheOgcTestSuitesAsk() {
        List<String> ascending = StaReadTest.texts(sta.get("/v1.1/Locations?$orderby=location&$select=id").json()
                .get("value"), "@iot.id");
        List<String> descending = new ArrayList<>(StaReadTest.texts(sta.get("/v1.1/Locations?$orderby=location%20desc&$select=id")
                .json().get("value"), "@iot.id"));
        assertThat(ascending).hasSize(5);
        java.util.Collections.reverse(descending);
        assertThat(descending).isEqualTo(ascending);
        assertThat(sta.get("/v1.0/FeaturesOfInterest?$orderby=feature,description").status()).isEqualTo(200);
    }

    @Test
    void topAndSkipPageAndCountCountsAllMatches() {
        JsonNode page = sta.get("/v1.1/Datastreams(1)/Observations?$top=10&$skip=5&$count=true").json();
        assertThat(page.get("@iot.count").asLong()).isEqualTo(1000);
        assertThat(page.get("value").size()).isEqualTo(10);
        assertThat(page.at("/value/0/phenomenonTime").asText()).isEqualTo("2020-01-01T05:00:00Z");
        // a Datastream's Observations in time order continue from the last row (keyset), not by $skip
        assertThat(page.get("@iot.nextLink").asText()).isEqualTo(StaClient.BASE
                + "/v1.1/Datastreams(1)/Observations?$top=10&$count=true&$skiptoken=2020-01-01T14%3A00%3A00Z");
        assertThat(sta.get("/v1.1/Things?$top=2&$skip=1").json().get("@iot.nextLink").asText())
                .isEqualTo(StaClient.BASE + "/v1.1/Things?$top=2&$skip=3");
        assertThat(sta.get("/v1.1/Things?$count=false").json().has("@iot.count")).isFalse();
    }

    @Test
    void theDefaultPageIs100AndNextLinksWalkToTheEnd() {
        String url = "/v1.1/Observations?$filter=Datastream/id%20eq%202";
        int pages = 0;
        int total = 0;
        List<Long> ids = new ArrayList<>();
        while (url != null) {
            JsonNode page = sta.get(url).json();
            pages++;
            total += page.get("value").size();
            page.get("value").forEach(o -> ids.add(o.get("@iot.id").asLong()));
            url = page.has("@iot.nextLink") ? page.get("@iot.nextLink").asText() : null;
        }
        assertThat(pages).isEqualTo(10);
        assertThat(total).isEqualTo(1000);
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void topOverTheMaximumIsABadRequest() {
        StaClient.Answer answer = sta.get("/v1.1/Observations?$top=1001");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).contains("maximum of 1000");
        assertThat(sta.get("/v1.1/Observations?$top=-1").status()).isEqualTo(400);
        assertThat(sta.get("/v1.1/Observations?$skip=x").status()).isEqualTo(400);
        assertThat(sta.get("/v1.1/Observations?$count=yes").status()).isEqualTo(400);
        assertThat(sta.get("/v1.1/Observations?$foo=1").status()).isEqualTo(400);
    }

    @Test
    void aRaisedMaximumServesAWholeTableInOnePage() {
        StaClient big = new StaClient(new StaService(StaFixture.embedded().dataSource(), new StaSettings(100, 100_000, 1000, StaSettings.DEFAULTS.queryTimeout())));
        JsonNode page = big.get("/v1.1/Observations?$top=100000&$select=result&$count=true").json();
        assertThat(page.get("value").size()).isEqualTo(page.get("@iot.count").asInt()).isEqualTo(4219);
        assertThat(page.has("@iot.nextLink")).isFalse();
    }

    @Test
    void aPageLargerThanTheFetchSizeStreamsWhole() {
        JsonNode page = sta.get("/v1.1/Datastreams(1)/Observations?$top=1000").json();
        assertThat(page.get("value").size()).isEqualTo(1000);
        assertThat(page.has("@iot.nextLink")).isFalse();
    }
}
