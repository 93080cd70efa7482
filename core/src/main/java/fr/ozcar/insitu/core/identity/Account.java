package fr.ozcar.insitu.core.identity;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import java.util.Optional;
import java.util.Set;

/** An account as stored, without its password hash. */
public record Account(String name, AccountKind kind, String email, Set<Role> roles, Set<String> managedProducers) {

    public Account {
        roles = Set.copyOf(roles);
        managedProducers = Set.copyOf(managedProducers);
    }

    public Viewer viewer() {
        return new Viewer(Optional.of(name), Optional.ofNullable(email), roles, managedProducers);
    }
}
