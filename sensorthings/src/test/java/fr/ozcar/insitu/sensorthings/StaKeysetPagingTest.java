package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The nextLinks of a Datastream's Observations in time order continue from the last row's time
 * ({@code $skiptoken}) rather than by {@code $skip}, and give the very rows that OFFSET pages give.
 */
class StaKeysetPagingTest {

    private static final String OBSERVATIONS = "/v1.1/Datastreams(" + StaFixture.AIR_TEMPERATURE_SERIES + ")/Observations";

    private static StaClient sta;

    @BeforeAll
    static void load() {
        sta = new StaClient(new StaService(StaFixture.embedded().dataSource(), StaSettings.DEFAULTS));
    }

    @Test
    void followingNextLinksGivesTheRowsOfOffsetPagesInTheDefaultOrder() {
        assertThat(byNextLinks(OBSERVATIONS + "?$top=70&$select=result,phenomenonTime"))
                .hasSize(1000).isEqualTo(byOffsets(OBSERVATIONS + "?$top=70&$select=result,phenomenonTime"));
    }

    @Test
    void followingNextLinksGivesTheRowsOfOffsetPagesNewestFirst() {
        String query = "?$top=70&$orderby=phenomenonTime%20desc&$select=result,phenomenonTime";
        assertThat(byNextLinks(OBSERVATIONS + query)).hasSize(1000).isEqualTo(byOffsets(OBSERVATIONS + query));
    }

    @Test
    void aPageThatBeganWithSkipContinuesAfterItsLastRow() {
        String query = "?$top=70&$skip=35&$orderby=phenomenonTime%20desc&$select=result,phenomenonTime";
        assertThat(byNextLinks(OBSERVATIONS + query)).hasSize(1000 - 35).isEqualTo(byOffsets(OBSERVATIONS + query));
    }

    @Test
    void theNextLinkCarriesTheLastRowsTimeInsteadOfAnOffset() {
        JsonNode page = sta.get(OBSERVATIONS + "?$top=2&$orderby=phenomenonTime%20desc").json();
        String next = page.get("@iot.nextLink").asText();
        assertThat(next).contains("$skiptoken=" + page.at("/value/1/phenomenonTime").asText().replace(":", "%3A"))
                .doesNotContain("$skip=");
    }

    @Test
    void aTokenWhereNoKeysetAppliesIsA400() {
        StaClient.Answer answer = sta.get("/v1.1/Observations?$skiptoken=2020-01-01T00:00:00Z");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).contains("$skiptoken");
    }

    @Test
    void otherOrdersKeepOffsetPages() {
        String next = sta.get(OBSERVATIONS + "?$top=2&$orderby=result").json().get("@iot.nextLink").asText();
        assertThat(next).contains("$skip=2").doesNotContain("$skiptoken");
    }

    private static List<String> byNextLinks(String first) {
        List<String> rows = new ArrayList<>();
        String url = first;
        int pages = 0;
        while (url != null) {
            JsonNode page = page(url);
            page.get("value").forEach(row -> rows.add(row.toString()));
            url = page.has("@iot.nextLink") ? page.get("@iot.nextLink").asText() : null;
            assertThat(url == null || !url.contains("$skip=")).as(url).isTrue();
            assertThat(++pages).isLessThan(100);
        }
        return rows;
    }

    /** The same rows by OFFSET: the first page's query with $skip stepping by $top. */
    private static List<String> byOffsets(String first) {
        int top = 70;
        int start = first.contains("$skip=35") ? 35 : 0;
        String base = first.replace("&$skip=35", "");
        List<String> rows = new ArrayList<>();
        for (int skip = start; ; skip += top) {
            JsonNode values = page(base + "&$skip=" + skip).get("value");
            values.forEach(row -> rows.add(row.toString()));
            if (values.size() < top) {
                return rows;
            }
        }
    }

    private static JsonNode page(String url) {
        StaClient.Answer answer = sta.get(url);
        assertThat(answer.status()).as(url + " " + answer.body()).isEqualTo(200);
        return answer.json();
    }
}
