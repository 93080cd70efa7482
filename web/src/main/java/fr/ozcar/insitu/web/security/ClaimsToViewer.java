package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.identity.Account;
import fr.ozcar.insitu.core.identity.Accounts;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Who a person signed in through the identity provider is here. Configuration maps the values of one
 * claim (a list of groups or roles, {@code insitu.oidc.roles-claim}, "groups" by default) to roles:
 * {@code insitu.oidc.role-mapping} ("value=ROLE,value=ROLE"), and {@code insitu.oidc.producer-pattern}, a
 * regular expression whose first group is a producer id the person manages as DATA_MANAGER. Every
 * signed-in person gets {@code insitu.oidc.default-roles} (RESEARCHER by default), and what an
 * administrator granted to its subject in the {@code account} table. Only this reaches the session
 * cookie: subject, e-mail, roles, managed producers.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
public class ClaimsToViewer implements OpenIdAuthenticationMapper {

    private final Accounts accounts;
    private final String rolesClaim;
    private final Map<String, Role> roleMapping;
    private final Pattern producerPattern;
    private final Set<Role> defaultRoles;
    private final ExecutorService blocking;

    public ClaimsToViewer(Accounts accounts,
                          @Value("${insitu.oidc.roles-claim:groups}") String rolesClaim,
                          @Value("${insitu.oidc.role-mapping:}") String roleMapping,
                          @Nullable @Value("${insitu.oidc.producer-pattern:}") String producerPattern,
                          @Value("${insitu.oidc.default-roles:RESEARCHER}") String defaultRoles,
                          @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.accounts = accounts;
        this.rolesClaim = rolesClaim;
        this.roleMapping = parseMapping(roleMapping);
        this.producerPattern = producerPattern == null || producerPattern.isBlank() ? null : Pattern.compile(producerPattern);
        this.defaultRoles = roles(defaultRoles);
        this.blocking = blocking;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName,
                                                                         OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims claims, @Nullable State state) {
        return Mono.fromCallable(() -> {
            Viewer viewer = viewer(claims.getSubject(), claims.getEmail(), claims.get(rolesClaim));
            var authentication = ViewerAuthentication.of(viewer);
            return AuthenticationResponse.success(authentication.getName(), authentication.getRoles(),
                    authentication.getAttributes());
        }).subscribeOn(Schedulers.fromExecutorService(blocking));
    }

    /** The viewer for these claims: configured mapping, defaults and the administrator's grants together. */
    Viewer viewer(String subject, @Nullable String email, @Nullable Object claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(defaultRoles);
        Set<String> producers = new HashSet<>();
        if (claimValues instanceof Collection<?> values) {
            for (Object value : values) {
                String text = String.valueOf(value);
                Optional.ofNullable(roleMapping.get(text)).ifPresent(roles::add);
                if (producerPattern != null) {
                    Matcher matcher = producerPattern.matcher(text);
                    if (matcher.matches()) {
                        roles.add(Role.DATA_MANAGER);
                        producers.add(matcher.group(1));
                    }
                }
            }
        }
        Optional<Account> granted = accounts.find(subject);
        granted.ifPresent(account -> {
            roles.addAll(account.roles());
            producers.addAll(account.managedProducers());
        });
        return new Viewer(Optional.of(subject), Optional.ofNullable(email), roles, producers);
    }

    private static Map<String, Role> parseMapping(String mapping) {
        Map<String, Role> parsed = new HashMap<>();
        for (String entry : mapping.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("insitu.oidc.role-mapping: \"" + entry + "\" is not value=ROLE");
            }
            parsed.put(entry.substring(0, equals).trim(), Role.valueOf(entry.substring(equals + 1).trim()));
        }
        return parsed;
    }

    private static Set<Role> roles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : list.split(",")) {
            if (!role.isBlank()) {
                roles.add(Role.valueOf(role.trim()));
            }
        }
        return roles;
    }
}
