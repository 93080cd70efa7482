package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A request whose SQL runs longer than the configured time is cancelled and says so, instead of holding a connection. */
class StaQueryTimeoutTest {

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without the limit the request waits for ever
    void aQueryRunningLongerThanTheLimitIsCancelledWithA503() throws Exception {
        TestDatabase database = StaFixture.embedded();
        StaClient sta = new StaClient(new StaService(database.dataSource(),
                new StaSettings(100, 1000, 200, Duration.ofSeconds(1))));
        try (Connection writer = database.connect(); Statement lock = writer.createStatement()) {
            writer.setAutoCommit(false);
            lock.execute("lock table measurement in access exclusive mode"); // the page query now waits

            StaClient.Answer answer = sta.get("/v1.1/Datastreams(1)/Observations?$top=5&$count=true");

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.body()).contains("longer than the 1 s");
            writer.rollback();
        }
        assertThat(sta.get("/v1.1/Datastreams(1)/Observations?$top=5").status()).isEqualTo(200);
    }
}
