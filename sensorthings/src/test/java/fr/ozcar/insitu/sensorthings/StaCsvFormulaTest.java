package fr.ozcar.insitu.sensorthings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.testing.TestDatabase;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** $resultFormat=csv never hands a spreadsheet a formula (OWASP CSV injection). */
class StaCsvFormulaTest {

    @Test
    void aTextResultThatIsAFormulaIsWrittenBehindAQuoteAndNumbersAsTheyAre() throws Exception {
        TestDatabase database = StaFixture.embedded();
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("insert into measurement (series_id, time, result) values"
                    + " (9, '2030-01-01T00:00:00Z', '=HYPERLINK(A1)')");
            sql.execute("insert into measurement (series_id, time, value) values (1, '2030-01-01T00:00:00Z', -3.5)");
        }
        StaClient sta = new StaClient(new StaService(database.dataSource(), StaSettings.DEFAULTS));

        String csv = sta.get("/v1.1/Datastreams(9)/Observations?$resultFormat=csv&$select=result"
                + "&$orderby=phenomenonTime%20desc&$top=1").body();
        assertThat(csv.split("\r\n")).containsExactly("result", "'=HYPERLINK(A1)");

        String temperatures = sta.get("/v1.1/Observations?$resultFormat=csv&$select=result"
                + "&$filter=result%20lt%200&$top=1").body();
        assertThat(temperatures.split("\r\n")[1]).as("a negative number is no formula").isEqualTo("-3.5");
    }
}
