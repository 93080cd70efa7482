package fr.ozcar.insitu.sensorthings.entity;

/**
 * A navigation property from one entity type to another. {@code join} is an SQL condition template
 * over our own views in which {@code {s}} stands for the source alias and {@code {t}} for the target
 * alias.
 */
public record Navigation(String name, String target, boolean toMany, String join) {

    /** The join condition between the given source and target aliases. */
    public String condition(String sourceAlias, String targetAlias) {
        return join.replace("{s}", sourceAlias).replace("{t}", targetAlias);
    }
}
