package fr.ozcar.insitu.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A dataset of a producer: a stable id ({@code XXXX_DAT_…}), descriptive metadata, its data policy
 * and its observations.
 *
 * @param spatialExtent GeoJSON Feature (Polygon or MultiPolygon) as sent
 * @param criteria      the declared climates and geologies ({@link SearchCriteria#NONE} when not given)
 * @param document      the dataset's JSON fragment as sent
 */
public record Dataset(String id, String title, String description, String objective, String lineage,
                      List<Contact> contacts, List<String> topicCategories, String inspireTheme,
                      List<Keyword> keywords, DataPolicy policy, String doi, JsonNode spatialExtent, SearchCriteria criteria,
                      List<Observation> observations, JsonNode document) {
    public Dataset {
        contacts = List.copyOf(contacts);
        topicCategories = List.copyOf(topicCategories);
        keywords = List.copyOf(keywords);
        observations = List.copyOf(observations);
    }
}
