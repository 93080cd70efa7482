package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.identity.Account;
import fr.ozcar.insitu.core.identity.Accounts;
import fr.ozcar.insitu.core.identity.AuditLog;
import fr.ozcar.insitu.core.identity.Secrets;
import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Administration of identities, ADMINISTRATOR role only (401 without credentials, 403 otherwise):
 * producers' deposit credentials and the roles granted to people. See docs/api.md#accounts.
 */
@Controller("/api/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccountController {

    /** The roles and producers an administrator grants to a person (its provider subject or local name). */
    @Introspected
    public record Grants(@Nullable String email, @Nullable List<String> roles, @Nullable List<String> managedProducers) {
    }

    /** Shown once: only its hash is kept. */
    @Introspected
    public record IssuedPassword(String producerId, String password) {
    }

    private static final String PRODUCER_ID = "[A-Z]{4}";

    private final Accounts accounts;
    private final Permissions permissions;
    private final AuditLog audit;

    public AccountController(Accounts accounts, Permissions permissions, AuditLog audit) {
        this.accounts = accounts;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** The latest entries of the audit log, newest first (at most {@code limit}, 100 by default, 1000 at most). */
    @Get("/audit")
    public List<AuditLog.Event> auditLog(HttpRequest<?> request, @Nullable @QueryValue Integer limit) {
        permissions.administrator(request);
        return audit.latest(limit == null ? 100 : Math.max(1, Math.min(limit, 1000)));
    }

    @Get("/accounts")
    public List<Account> list(HttpRequest<?> request) {
        permissions.administrator(request);
        return accounts.list();
    }

    /**
     * Issues (or replaces) a producer's deposit password, generated here so that it is never weak, and
     * answers it this once: {@code curl -u producerId:password -T deposit.zip …/data/producerId/new/}.
     */
    @Post("/producers/{producerId}/credentials")
    public HttpResponse<?> issueProducerPassword(HttpRequest<?> request, @PathVariable String producerId) {
        Viewer administrator = permissions.administrator(request);
        if (!producerId.matches(PRODUCER_ID)) {
            return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", "a producer id is 4 capital letters, not "
                    + producerId).toResponse();
        }
        String password = Secrets.generate();
        accounts.saveProducerPassword(producerId, password);
        audit.record(administrator.subject().orElseThrow(), "credentials-issue", producerId, null);
        return HttpResponse.created(new IssuedPassword(producerId, password));
    }

    /** Sets the roles and managed producers of a person (created when unknown, as a provider's subject). */
    @Put("/accounts/{name}/grants")
    public HttpResponse<?> grant(HttpRequest<?> request, @PathVariable String name, @Body Grants grants) {
        Viewer administrator = permissions.administrator(request);
        List<Map<String, String>> errors = new ArrayList<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : grants.roles() == null ? List.<String>of() : grants.roles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                errors.add(Map.of("field", "roles", "message", role + " is none of " + List.of(Role.values())));
            }
        }
        List<String> producers = grants.managedProducers() == null ? List.of() : grants.managedProducers();
        producers.stream().filter(producer -> producer == null || !producer.matches(PRODUCER_ID)).forEach(producer ->
                errors.add(Map.of("field", "managedProducers", "message", producer + " is no producer id (4 capital letters)")));
        if (!errors.isEmpty()) {
            return Problem.of(HttpStatus.BAD_REQUEST, "Invalid grants", errors.size() + " problem(s) in the grants")
                    .withErrors(errors).toResponse();
        }
        Account granted = accounts.grant(name, grants.email(), roles, Set.copyOf(producers));
        audit.record(administrator.subject().orElseThrow(), "role-change", name,
                "roles " + granted.roles() + ", producers " + granted.managedProducers());
        return HttpResponse.ok(granted);
    }
}
