package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link Viewer} carried as a Micronaut {@link Authentication} and back: its roles are the
 * authentication's roles, its e-mail and managed producers two attributes. The same shape whether the
 * identity came from a password, a token or the identity provider, and inside the session cookie.
 */
public final class ViewerAuthentication {

    static final String EMAIL = "email";
    static final String PRODUCERS = "producers";

    private ViewerAuthentication() {
    }

    public static Authentication of(Viewer viewer) {
        Map<String, Object> attributes = new HashMap<>();
        viewer.email().ifPresent(email -> attributes.put(EMAIL, email));
        attributes.put(PRODUCERS, viewer.managedProducers().stream().sorted().toList());
        return Authentication.build(viewer.subject().orElseThrow(),
                viewer.roles().stream().map(Role::name).sorted().toList(), attributes);
    }

    public static Viewer viewer(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : authentication.getRoles()) {
            // roles that are not ours (e.g. from a provider's token) grant nothing here
            for (Role known : Role.values()) {
                if (known.name().equals(role)) {
                    roles.add(known);
                }
            }
        }
        Object email = authentication.getAttributes().get(EMAIL);
        Object producers = authentication.getAttributes().get(PRODUCERS);
        return new Viewer(Optional.of(authentication.getName()), Optional.ofNullable(email).map(String::valueOf),
                roles, producers instanceof Collection<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.toSet()) : Set.of());
    }
}
