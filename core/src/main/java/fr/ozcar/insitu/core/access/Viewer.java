package fr.ozcar.insitu.core.access;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: the one value every read and write path hands to the access rules. Knows no HTTP:
 * {@code web} builds it from a session, a password or a token.
 *
 * @param subject          stable id of the identity (OIDC {@code sub}, local user name, token owner); empty when anonymous
 * @param email            e-mail of the identity, matched against a dataset's {@code priviledgedUsers}; empty when unknown
 * @param roles            roles granted
 * @param managedProducers producer ids (e.g. {@code CATC}) whose data this identity manages
 */
public record Viewer(Optional<String> subject, Optional<String> email, Set<Role> roles, Set<String> managedProducers) {

    public static final Viewer ANONYMOUS = new Viewer(Optional.empty(), Optional.empty(), Set.of(), Set.of());

    public Viewer {
        roles = Set.copyOf(roles);
        managedProducers = Set.copyOf(managedProducers);
    }

    public boolean isAnonymous() {
        return subject.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Administrators manage every producer; data managers the ones they were given. */
    public boolean manages(String producerId) {
        return has(Role.ADMINISTRATOR) || (has(Role.DATA_MANAGER) && managedProducers.contains(producerId));
    }
}
