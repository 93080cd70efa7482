package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.identity.ApiToken;
import fr.ozcar.insitu.core.identity.ApiTokens;
import fr.ozcar.insitu.core.identity.AuditLog;
import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * API tokens for SensorThings writers and harvesters (docs/api.md#tokens). Any signed-in identity
 * manages its own tokens; an administrator lists ({@code ?all=true}) and revokes anyone's. The token
 * itself is answered once, at creation; only its hash is kept.
 */
@Controller("/api/tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TokenController {

    /** {@code producerId}: limit the token to that producer (which the caller must manage). */
    @Introspected
    public record TokenRequest(@Nullable String label, @Nullable String producerId) {
    }

    /** The answer to a creation: the token's record and, this once, the token. */
    @Introspected
    public record CreatedToken(ApiToken token, String secret) {
    }

    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Permissions permissions;

    public TokenController(ApiTokens tokens, AuditLog audit, Permissions permissions) {
        this.tokens = tokens;
        this.audit = audit;
        this.permissions = permissions;
    }

    @Post
    public HttpResponse<?> create(HttpRequest<?> request, @Body TokenRequest body) {
        Viewer owner = permissions.signedIn(request);
        if (body.label() == null || body.label().isBlank() || body.label().length() > 200) {
            return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request",
                    "label is required (1 to 200 characters): what the token is for").toResponse();
        }
        if (body.producerId() != null) {
            permissions.manager(request, body.producerId());
        }
        ApiTokens.Issued issued = tokens.create(owner, body.label(), body.producerId());
        audit.record(owner.subject().orElseThrow(), "token-create", issued.token().id().toString(), body.label());
        return HttpResponse.created(new CreatedToken(issued.token(), issued.secret()),
                URI.create("/api/tokens/" + issued.token().id()));
    }

    @Get
    public List<ApiToken> list(HttpRequest<?> request, @Nullable @QueryValue Boolean all) {
        Viewer viewer = permissions.signedIn(request);
        if (Boolean.TRUE.equals(all)) {
            permissions.administrator(request);
            return tokens.list(null);
        }
        return tokens.list(viewer.subject().orElseThrow());
    }

    @Delete("/{id}")
    public HttpResponse<?> revoke(HttpRequest<?> request, @PathVariable UUID id) {
        Viewer viewer = permissions.signedIn(request);
        ApiToken token = tokens.find(id).orElse(null);
        boolean own = token != null && viewer.subject().orElseThrow().equals(token.owner());
        if (token == null || !own && !viewer.has(Role.ADMINISTRATOR)) {
            // someone else's token is not even said to exist
            return Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no token " + id + " of yours").toResponse();
        }
        if (tokens.revoke(id)) {
            audit.record(viewer.subject().orElseThrow(), "token-revoke", id.toString(), token.label());
        }
        return HttpResponse.noContent();
    }
}
