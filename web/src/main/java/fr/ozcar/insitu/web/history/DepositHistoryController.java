package fr.ozcar.insitu.web.history;

import fr.ozcar.insitu.core.history.DepositHistory;
import fr.ozcar.insitu.core.history.DepositVersion;
import fr.ozcar.insitu.web.problem.Problem;
import fr.ozcar.insitu.web.security.Permissions;
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
import java.util.List;
import javax.sql.DataSource;

/**
 * The replaced versions of a producer's deposit, and their restore (docs/api.md, "History and
 * restore"). Roles: an administrator, or a data manager of that producer ({@link Permissions#manager});
 * anyone else gets 401 (no credentials) or 403.
 */
@Controller("/api/producers/{producerId}/versions")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DepositHistoryController {

    private final DepositHistory history;
    private final DataSource dataSource;
    private final Permissions permissions;

    public DepositHistoryController(DepositHistory history, DataSource dataSource, Permissions permissions) {
        this.history = history;
        this.dataSource = dataSource;
        this.permissions = permissions;
    }

    /** The versions that can be restored, the latest first. Roles: administrator, the producer's data manager. */
    @Get
    public List<DepositVersion> list(HttpRequest<?> request, @PathVariable String producerId) throws SQLException {
        permissions.manager(request, producerId);
        return history.versions(dataSource, producerId);
    }

    /**
     * Publishes version {@code versionId} again with its ids, as a new revision; the version it
     * replaces is archived. Roles: administrator, the producer's data manager.
     */
    @Post("/{versionId}/restore")
    public HttpResponse<?> restore(HttpRequest<?> request, @PathVariable String producerId, @PathVariable long versionId)
            throws SQLException {
        permissions.manager(request, producerId);
        return history.restore(dataSource, producerId, versionId)
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "Not Found",
                        "producer " + producerId + " has no version " + versionId + " to restore (or it expired)").toResponse());
    }
}
