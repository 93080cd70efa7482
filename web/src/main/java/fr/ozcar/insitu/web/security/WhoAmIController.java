package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.web.access.RequestViewer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/**
 * {@code GET /api/me}: who the server takes the caller for (pages show "signed in as …" and offer only
 * what the roles allow). Open to all; anonymous callers get {@code "anonymous": true}.
 */
@Controller("/api/me")
public class WhoAmIController {

    private final RequestViewer viewers;

    public WhoAmIController(RequestViewer viewers) {
        this.viewers = viewers;
    }

    @Get
    public Map<String, Object> me(HttpRequest<?> request) {
        Viewer viewer = viewers.of(request);
        return Map.of("anonymous", viewer.isAnonymous(),
                "subject", viewer.subject().orElse(""),
                "email", viewer.email().orElse(""),
                "roles", viewer.roles().stream().map(Enum::name).sorted().toList(),
                "managedProducers", viewer.managedProducers().stream().sorted().toList());
    }
}
