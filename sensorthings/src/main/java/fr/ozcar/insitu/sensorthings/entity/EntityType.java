package fr.ozcar.insitu.sensorthings.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An STA entity type: its names, the view that holds its entities, its properties and navigations. */
public record EntityType(String name, String setName, String view, Map<String, Property> properties,
                         Map<String, Navigation> navigations, String defaultOrder) {

    /**
     * The id's name in JSON; clients (and the 1.0 examples) also use it in $select, $filter and $orderby,
     * where the standard's name is {@code id}.
     */
    public static final String ID_ANNOTATION = "@iot.id";

    public Optional<Property> property(String propertyName) {
        return Optional.ofNullable(properties.get(ID_ANNOTATION.equals(propertyName) ? "id" : propertyName));
    }

    public Optional<Navigation> navigation(String navigationName) {
        return Optional.ofNullable(navigations.get(navigationName));
    }

    /** This type without one of its properties (a property a former version of the standard lacks). */
    EntityType withoutProperty(String propertyName) {
        Map<String, Property> kept = new LinkedHashMap<>(properties);
        kept.remove(propertyName);
        return new EntityType(name, setName, view, Collections.unmodifiableMap(kept), navigations, defaultOrder);
    }

    public Property id() {
        return properties.get("id");
    }

    static Builder builder(String name, String setName, String view) {
        return new Builder(name, setName, view);
    }

    static final class Builder {
        private final String name;
        private final String setName;
        private final String view;
        private final Map<String, Property> properties = new LinkedHashMap<>();
        private final Map<String, Navigation> navigations = new LinkedHashMap<>();
        private String defaultOrder = "id";

        private Builder(String name, String setName, String view) {
            this.name = name;
            this.setName = setName;
            this.view = view;
            property("id", PropertyKind.ID, "id");
        }

        Builder property(String propertyName, PropertyKind kind, String column) {
            properties.put(propertyName, Property.of(propertyName, kind, column));
            return this;
        }

        /** The station geometry of a view over sampling_feature (see {@link Property#stationGeometry()}). */
        Builder stationGeometry(String propertyName, String column) {
            properties.put(propertyName, new Property(propertyName, PropertyKind.GEOMETRY, column, true));
            return this;
        }

        Builder toOne(String navigationName, String target, String join) {
            navigations.put(navigationName, new Navigation(navigationName, target, false, join));
            return this;
        }

        Builder toMany(String navigationName, String target, String join) {
            navigations.put(navigationName, new Navigation(navigationName, target, true, join));
            return this;
        }

        /** The SQL order (columns of the view) that makes pages stable when $orderby says nothing. */
        Builder defaultOrder(String order) {
            this.defaultOrder = order;
            return this;
        }

        Builder without(List<String> navigationNames) {
            navigationNames.forEach(navigations::remove);
            return this;
        }

        EntityType build() {
            // insertion order is the order properties are written in
            return new EntityType(name, setName, view, Collections.unmodifiableMap(new LinkedHashMap<>(properties)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(navigations)), defaultOrder);
        }
    }
}
