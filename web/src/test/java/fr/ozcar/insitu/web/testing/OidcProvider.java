package fr.ozcar.insitu.web.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider on localhost (NAV's mock-oauth2-server, in-process): discovery, the
 * authorization code flow with PKCE, signed ID tokens. {@link #signIn} walks a browser's redirects
 * through our server's sign-in and returns the session cookie it ends with.
 */
public final class OidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "insitu";
    private static final String ISSUER_ID = "insitu-test";

    private final MockOAuth2Server server = new MockOAuth2Server();

    public OidcProvider() {
        server.start(0);
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** The properties that point our server at this provider, with a group-to-role mapping. */
    public Map<String, String> serverProperties() {
        return Map.of(
                "micronaut.security.oauth2.clients.oidc.client-id", CLIENT_ID,
                "micronaut.security.oauth2.clients.oidc.client-secret", "test-client-secret",
                "micronaut.security.oauth2.clients.oidc.openid.issuer", issuer(),
                "micronaut.security.oauth2.clients.oidc.scopes", "openid,email,profile",
                "insitu.oidc.roles-claim", "groups",
                "insitu.oidc.role-mapping", "insitu-administrators=ADMINISTRATOR,insitu-researchers=RESEARCHER",
                "insitu.oidc.producer-pattern", "insitu-producer-([A-Z]{4})",
                "insitu.oidc.default-roles", "");
    }

    /** A browser's sign-in: our login URL, the provider's authorization endpoint, our callback. */
    public SignIn signIn(URI ourServer, String subject, String email, List<String> groups)
            throws IOException, InterruptedException {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
                Map.of("email", email, "groups", groups), 3600));
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(ourServer.resolve("/oauth/login/oidc")).build(),
                HttpResponse.BodyHandlers.ofString());
        URI authorization = URI.create(login.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("no redirect to the provider: " + login.statusCode() + " " + login.body())));
        HttpResponse<String> provider = browser.send(HttpRequest.newBuilder(authorization).build(),
                HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(provider.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString());
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JWT="))
                .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie: " + signedIn.statusCode()
                        + " " + signedIn.headers() + " " + signedIn.body()));
        return new SignIn(authorization, signedIn, session);
    }

    /**
     * @param authorization the provider URL our server sent the browser to
     * @param callback      our answer to the provider's redirect
     * @param setCookie     the {@code Set-Cookie} of the session
     */
    public record SignIn(URI authorization, HttpResponse<String> callback, String setCookie) {

        /** The {@code Cookie} header value a browser sends afterwards. */
        public String cookie() {
            return setCookie.split(";", 2)[0];
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
