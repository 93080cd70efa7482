package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.identity.ApiTokens;
import fr.ozcar.insitu.core.identity.AuditLog;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * {@code Authorization: Bearer insitu_…}: an API token of {@link ApiTokens}. Looked up on the blocking
 * executor (JDBC), never on the event loop. Token use goes to the audit log, at most once a minute per
 * token. Anything else (a malformed, unknown or revoked token) leaves the request anonymous.
 */
@Singleton
public class ApiTokenCredentials implements TokenValidator<HttpRequest<?>> {

    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Scheduler blocking;

    public ApiTokenCredentials(ApiTokens tokens, AuditLog audit, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.audit = audit;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (!token.startsWith("insitu_")) {
            return Mono.empty();
        }
        // a null from the callable is an empty Mono: not authenticated by this token
        return Mono.fromCallable(() -> tokens.authenticate(token)
                .map(use -> {
                    if (use.recorded()) {
                        audit.record(use.viewer().subject().orElseThrow(), "token-use", use.id().toString(),
                                request.getMethodName() + " " + request.getPath());
                    }
                    return ViewerAuthentication.of(use.viewer());
                })
                .orElse(null)).subscribeOn(blocking);
    }
}
