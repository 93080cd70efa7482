package fr.ozcar.insitu.web.history;

import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.history.DepositHistory;
import fr.ozcar.insitu.web.access.RequestViewer;
import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The replaced versions of a producer's deposit, and their restore (docs/api.md, "History and
 * restore"). Roles: an administrator, or a data manager of that producer; anyone else gets 401
 * (anonymous) or 403.
 */
@Controller("/api/producers/{producerId}/versions")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DepositHistoryController {

    private final DepositHistory history;
    private final DataSource dataSource;
    private final RequestViewer viewers;

    public DepositHistoryController(DepositHistory history, DataSource dataSource, RequestViewer viewers) {
        this.history = history;
        this.dataSource = dataSource;
        this.viewers = viewers;
    }

    /** The versions that can be restored, the latest first. Roles: administrator, the producer's data manager. */
    @Get
    public HttpResponse<?> list(HttpRequest<?> request, @PathVariable String producerId) throws SQLException {
        Optional<HttpResponse<?>> refused = refusal(viewers.of(request), producerId);
        if (refused.isPresent()) {
            return refused.get();
        }
        return HttpResponse.ok(history.versions(dataSource, producerId));
    }

    /**
     * Publishes version {@code versionId} again with its ids, as a new revision; the version it
     * replaces is archived. Roles: administrator, the producer's data manager.
     */
    @Post("/{versionId}/restore")
    public HttpResponse<?> restore(HttpRequest<?> request, @PathVariable String producerId, @PathVariable long versionId)
            throws SQLException {
        Optional<HttpResponse<?>> refused = refusal(viewers.of(request), producerId);
        if (refused.isPresent()) {
            return refused.get();
        }
        return history.restore(dataSource, producerId, versionId)
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "Not Found",
                        "producer " + producerId + " has no version " + versionId + " to restore (or it expired)").toResponse());
    }

    private static Optional<HttpResponse<?>> refusal(Viewer viewer, String producerId) {
        if (viewer.isAnonymous()) {
            return Optional.of(Problem.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "sign in as an administrator or a data manager of " + producerId).toResponse());
        }
        if (!viewer.manages(producerId)) {
            return Optional.of(Problem.of(HttpStatus.FORBIDDEN, "Forbidden",
                    "only an administrator or a data manager of " + producerId + " may see and restore its versions").toResponse());
        }
        return Optional.empty();
    }
}
