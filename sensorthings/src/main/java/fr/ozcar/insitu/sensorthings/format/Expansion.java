package fr.ozcar.insitu.sensorthings.format;

import java.util.List;

/** The expanded entities of one navigation of one entity, with their count and next page when asked. */
public record Expansion(Selection selection, boolean toMany, List<EntityRow> rows, Long count, String nextLink) {
}
