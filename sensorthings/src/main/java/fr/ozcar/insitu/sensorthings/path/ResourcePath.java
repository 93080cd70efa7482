package fr.ozcar.insitu.sensorthings.path;

import fr.ozcar.insitu.sensorthings.entity.EntityType;
import fr.ozcar.insitu.sensorthings.entity.Navigation;
import fr.ozcar.insitu.sensorthings.entity.Property;
import java.util.List;

/**
 * A parsed resource path: a chain of steps from an entity set through navigations, optionally ending
 * in a property (and {@code $value}) or {@code $ref}. An empty chain is the service root.
 */
public record ResourcePath(List<Step> steps, Property property, boolean rawValue, boolean reference) {

    /** One step: the entity type reached, the navigation that reached it (null for the set), an id. */
    public record Step(EntityType type, Navigation via, Long id) {
        public boolean isCollection() {
            return id == null && (via == null || via.toMany());
        }
    }

    public boolean isServiceRoot() {
        return steps.isEmpty();
    }

    public Step last() {
        return steps.get(steps.size() - 1);
    }

    public EntityType target() {
        return last().type();
    }

    public boolean isCollection() {
        return !isServiceRoot() && property == null && last().isCollection();
    }

    /** The path without its last step (the parent entity of a navigation), or null. */
    public ResourcePath parent() {
        return steps.size() < 2 ? null : new ResourcePath(steps.subList(0, steps.size() - 1), null, false, false);
    }

    /** The URL path of the last entity, relative to the service root, e.g. {@code Things(1)/Datastreams}. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            if (!text.isEmpty()) {
                text.append('/');
            }
            text.append(step.via() == null ? step.type().setName() : step.via().name());
            if (step.id() != null) {
                text.append('(').append(step.id()).append(')');
            }
        }
        return text.toString();
    }
}
