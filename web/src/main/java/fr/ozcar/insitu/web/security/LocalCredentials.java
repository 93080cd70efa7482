package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.identity.Accounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

/**
 * HTTP Basic against the {@code account} table: the local administrator and producers' deposit
 * credentials ({@code curl -u producerId:password}). BCrypt and JDBC block: Micronaut runs this on its
 * blocking executor. A wrong password leaves the request anonymous; the endpoint then answers 401.
 */
@Singleton
public class LocalCredentials implements HttpRequestExecutorAuthenticationProvider<Object> {

    private final Accounts accounts;

    public LocalCredentials(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<Object> request,
                                               AuthenticationRequest<String, String> credentials) {
        return accounts.authenticate(credentials.getIdentity(), credentials.getSecret())
                .map(account -> ViewerAuthentication.of(account.viewer()))
                .map(found -> AuthenticationResponse.success(found.getName(), found.getRoles(), found.getAttributes()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
