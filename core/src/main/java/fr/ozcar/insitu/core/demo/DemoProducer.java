package fr.ozcar.insitu.core.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A producer (observatory) and everything its deposit holds. */
public record DemoProducer(String id, String name, String title, String description, String objectives,
                           String email, List<DemoContact> contacts, List<DemoFunding> fundings, String urlInfo,
                           String urlDownload, DemoLicence licence, List<DemoDataset> datasets) {

    public DemoProducer {
        if (!id.matches("[A-Z]{4}")) {
            throw new IllegalArgumentException("a producer id is 4 capital letters: " + id);
        }
        datasets = List.copyOf(datasets);
        Set<String> observations = new HashSet<>();
        for (DemoDataset dataset : datasets) {
            for (DemoSeries series : dataset.series()) {
                if (!observations.add(series.code())) {
                    throw new IllegalArgumentException("observation " + series.observationId(id) + " is defined twice");
                }
            }
        }
    }

    public String metadataFileName() {
        return id + "_en.json";
    }

    public String zipName() {
        return id + ".zip";
    }

    public List<DemoSeries> series() {
        return datasets.stream().flatMap(dataset -> dataset.series().stream()).toList();
    }
}
