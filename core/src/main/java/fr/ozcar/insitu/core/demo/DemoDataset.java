package fr.ozcar.insitu.core.demo;

import java.util.List;

/**
 * One dataset of a producer: its metadata and its series. {@code name} is the part after
 * {@code XXXX_DAT_}; {@code embargo} may be null.
 */
public record DemoDataset(String name, String title, String description, String objective, String lineage,
                          List<DemoContact> contacts, List<String> topicCategories, String inspireTheme,
                          List<String> keywords, List<String> geologies, DemoEmbargo embargo,
                          List<DemoSeries> series) {

    public DemoDataset {
        series = List.copyOf(series);
    }

    public String datasetId(String producerId) {
        return producerId + "_DAT_" + name;
    }

    public String zipName(String producerId) {
        return datasetId(producerId) + ".zip";
    }
}
