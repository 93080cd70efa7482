package fr.ozcar.insitu.web.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import java.net.URI;

/**
 * {@code POST /logout}: ends the session in this browser by clearing its cookie, then back to the
 * home page. Open to all (signing out without a session changes nothing). The provider's own session
 * is left alone: a person signing in again may not be asked for a password by the provider.
 */
@Controller("/logout")
public class SignOutController {

    private final String cookieName;

    public SignOutController(AccessTokenCookieConfiguration cookie) {
        this.cookieName = cookie.getCookieName();
    }

    @Post
    public HttpResponse<?> signOut() {
        return HttpResponse.seeOther(URI.create("/"))
                .cookie(Cookie.of(cookieName, "").path("/").maxAge(0).httpOnly(true).sameSite(SameSite.Lax));
    }
}
