package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.sensorthings.query.ExpressionParser;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The work one request may ask for is bounded before any SQL is built: the size of a $filter
 * expression and the entities an $expand tree may multiply to; beyond either, a 400 that names the limit.
 */
class StaRequestBoundsTest {

    private static StaClient sta;

    @BeforeAll
    static void load() {
        sta = new StaClient(new StaService(StaFixture.embedded().dataSource(), StaSettings.DEFAULTS));
    }

    private static StaClient.Answer get(String path, String query) {
        return sta.get(path + "?" + query);
    }

    private static String filter(String expression) {
        return "$filter=" + URLEncoder.encode(expression, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code id add 1 add 1 …} with the given number of {@code add} operators, compared with a number. */
    private static String chainOfAdds(int adds) {
        return "id" + " add 1".repeat(adds - 1) + " gt 0";
    }

    @Test
    void aFilterAtTheOperatorLimitIsEvaluatedByTheDatabase() {
        StaClient.Answer answer = get("/v1.1/Things", filter(chainOfAdds(ExpressionParser.MAX_ARITHMETIC_OPERATORS)) + "&$count=true&$top=0");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("@iot.count").asLong()).isPositive();
    }

    @Test
    void fiveThousandChainedAddsAreA400BeforeAnySql() {
        StaClient.Answer answer = get("/v1.1/Things", filter(chainOfAdds(5_000)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).contains("at most 500 arithmetic operators");
    }

    @Test
    void oneOperatorOverTheLimitIsRefused() {
        StaClient.Answer answer = get("/v1.1/Observations", filter("result eq 1" + " or result eq 1".repeat(ExpressionParser.MAX_OPERATORS / 2)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).contains("expression too large");
    }

    @Test
    void nestedTopsWhoseProductExceedsTheBudgetAreA400() {
        StaClient.Answer answer = get("/v1.1/Observations", "$top=10000&$expand=Datastream($expand=Thing($expand="
                + "Locations,Datastreams($expand=Observations($top=10000))))");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).contains("over the budget of 2000000 per request");
    }

    @Test
    void aSingleEntityCountsAsOneParent() {
        StaClient.Answer answer = get("/v1.1/Things(1)", "$expand=Datastreams($top=1000;$expand=Observations($top=1000))");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void commonExpansionsWithDefaultTopsStayWithinTheBudget() {
        StaClient.Answer answer = get("/v1.1/Things", "$expand=Datastreams($expand=Observations,ObservedProperty)");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        StaClient.Answer wider = get("/v1.1/Things", "$top=1000&$expand=Datastreams($expand=Observations)");
        assertThat(wider.status()).as(wider.body()).isEqualTo(400);
    }
}
