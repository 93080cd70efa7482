package fr.ozcar.insitu.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.Problems;
import fr.ozcar.insitu.core.deposit.validate.MetadataParser;
import fr.ozcar.insitu.core.enrichment.StationEnricher;
import fr.ozcar.insitu.core.enrichment.StationEnrichment;
import fr.ozcar.insitu.core.model.PivotDeposit;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every station of the demo data gets its country at import: the demo metadata files, as the first
 * start imports them, through the importer's parser and enricher (data files are not needed for that).
 */
class DemoStationCountriesTest {

    @Test
    void everyDemoStationHasItsCountry() throws Exception {
        Map<String, String> countryOfStation = new TreeMap<>();
        for (DemoProducer producer : DemoCatalogue.producers()) {
            byte[] metadata = new MetadataWriter(DemoGenerator.DEFAULT_SEED).write(producer);
            PivotDeposit deposit = new MetadataParser(new Problems(100)).parse(producer.metadataFileName(), metadata);
            for (Map.Entry<String, StationEnrichment> station : StationEnricher.countriesOnly().enrich(deposit).entrySet()) {
                assertThat(station.getValue().country()).as(producer.id() + " " + station.getKey()).isNotNull();
                countryOfStation.put(producer.id() + " " + station.getKey(), station.getValue().country().code());
            }
        }

        Map<String, Integer> stationsPerCountry = new HashMap<>();
        countryOfStation.values().forEach(code -> stationsPerCountry.merge(code, 1, Integer::sum));
        assertThat(stationsPerCountry.keySet()).containsExactlyInAnyOrder("FR", "BJ", "NE", "ML");
        assertThat(countryOfStation).hasSizeGreaterThanOrEqualTo(30);
    }
}
