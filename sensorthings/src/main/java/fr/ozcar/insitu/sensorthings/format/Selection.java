package fr.ozcar.insitu.sensorthings.format;

import fr.ozcar.insitu.sensorthings.entity.EntityType;
import fr.ozcar.insitu.sensorthings.entity.Navigation;
import fr.ozcar.insitu.sensorthings.entity.Property;
import fr.ozcar.insitu.sensorthings.query.StaBadRequest;
import java.util.ArrayList;
import java.util.List;

/** What $select keeps of an entity type: properties (in the type's order), navigation links, the id. */
public record Selection(EntityType type, List<Property> properties, List<Navigation> links, boolean id) {

    public static Selection of(EntityType type, List<String> names) {
        List<String> select = names.stream().map(name -> EntityType.ID_ANNOTATION.equals(name) ? "id" : name).toList();
        if (select.isEmpty()) {
            List<Property> properties = new ArrayList<>(type.properties().values());
            properties.remove(type.id());
            return new Selection(type, List.copyOf(properties), List.copyOf(type.navigations().values()), true);
        }
        for (String name : select) {
            if (type.property(name).isEmpty() && type.navigation(name).isEmpty()) {
                throw new StaBadRequest("$select: '" + name + "' is neither a property nor a navigation of " + type.name());
            }
        }
        List<Property> properties = type.properties().values().stream()
                .filter(p -> !p.name().equals("id") && select.contains(p.name())).toList();
        List<Navigation> links = type.navigations().values().stream().filter(n -> select.contains(n.name())).toList();
        return new Selection(type, properties, links, select.contains("id"));
    }
}
