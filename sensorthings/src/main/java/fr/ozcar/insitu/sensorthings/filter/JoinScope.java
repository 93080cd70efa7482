package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.entity.EntityType;
import fr.ozcar.insitu.sensorthings.entity.Navigation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The navigation joins one boolean term of a filter needs ({@code Datastream/ObservedProperty/name eq 'x'}):
 * the term becomes {@code exists (select 1 from <views> where <joins> and <term>)}, which gives
 * to-many navigations the standard's "any" meaning and to-one navigations their plain meaning.
 */
final class JoinScope {

    private final List<String> froms = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final AliasCounter counter;

    JoinScope(AliasCounter counter) {
        this.counter = counter;
    }

    /** The alias of {@code target} reached from {@code sourceAlias} through {@code navigation}. */
    String join(String sourceAlias, Navigation navigation, EntityType target) {
        return aliases.computeIfAbsent(sourceAlias + "/" + navigation.name(), key -> {
            String alias = counter.next();
            froms.add(target.view() + " " + alias);
            conditions.add(navigation.condition(sourceAlias, alias));
            return alias;
        });
    }

    Sql wrap(Sql term) {
        if (froms.isEmpty()) {
            return term;
        }
        return Sql.concat("exists (select 1 from ", String.join(", ", froms), " where ",
                String.join(" and ", conditions), " and ", term, ")");
    }
}
