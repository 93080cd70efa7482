package fr.ozcar.insitu.web.deposit;

import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.deposit.ImportMode;
import fr.ozcar.insitu.core.deposit.ImportReport;
import fr.ozcar.insitu.core.identity.AuditLog;
import fr.ozcar.insitu.core.deposit.job.ImportJob;
import fr.ozcar.insitu.core.deposit.job.ImportJobs;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import fr.ozcar.insitu.core.text.Count;
import fr.ozcar.insitu.web.problem.Problem;
import fr.ozcar.insitu.web.security.Permissions;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Deposit upload. {@code PUT /data/{producerId}/new/} is the historical path (so that
 * {@code curl -X PUT -T deposit.zip …} keeps working); {@code POST /api/producers/{producerId}/deposits}
 * is its REST equivalent. Each upload becomes an import job: the answer waits for the job up to
 * {@code insitu.import.wait} and then gives the outcome (200/201, or 422 problem+json listing every
 * problem), or 202 with the job's URL to poll when the import takes longer. A client that sends
 * {@code Prefer: respond-async} (RFC 7240), such as the upload page that shows the import's progress,
 * gets the 202 at once.
 *
 * <p>{@code ?dryRun=true} on any of these routes validates only: the same full report (outcome
 * {@code VALIDATED} with its warnings, or the 422 listing every problem), and nothing of the deposit
 * is written; only the job record is kept, so that an asynchronous dry run can be polled.
 *
 * <p>Who may deposit: the producer's data managers (its deposit credentials, {@code curl -u
 * producerId:password}, or a person or token granted DATA_MANAGER for it) and administrators; a dry
 * run needs the same. Anyone else gets 401 (no credentials) or 403 (another producer's) before a byte
 * of the upload is read. Reading an import job stays open to all.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class DepositController {

    private static final String PREFER = "Prefer";
    private static final String PREFERENCE_APPLIED = "Preference-Applied";
    private static final String RESPOND_ASYNC = "respond-async";

    private final ImportJobs jobs;
    private final UploadSpool spool;
    private final Duration wait;
    private final Permissions permissions;
    private final AuditLog audit;

    public DepositController(ImportJobs jobs, UploadSpool spool, Permissions permissions, AuditLog audit,
                             @Value("${insitu.import.wait:30s}") Duration wait) {
        this.permissions = permissions;
        this.audit = audit;
        this.jobs = jobs;
        this.spool = spool;
        this.wait = wait;
    }

    @Put(uri = "/data/{producerId}/new", processes = MediaType.ALL) // also matches the historical trailing slash
    @Consumes(MediaType.ALL)
    public HttpResponse<?> putDeposit(HttpRequest<?> request, @PathVariable String producerId, @Body InputStream body,
                                      @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                                      @Nullable @Header(PREFER) String prefer,
                                      @QueryValue(defaultValue = "false") boolean dryRun) {
        return upload(permissions.manager(request, producerId), producerId, body, contentType, null, prefer, dryRun);
    }

    /** {@code curl -T deposit.zip …/new/} appends the local file name to a URL ending in a slash. */
    @Put(uri = "/data/{producerId}/new/{fileName}", processes = MediaType.ALL)
    @Consumes(MediaType.ALL)
    public HttpResponse<?> putNamedDeposit(HttpRequest<?> request, @PathVariable String producerId, @PathVariable String fileName,
                                           @Body InputStream body,
                                           @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                                           @Nullable @Header(PREFER) String prefer,
                                           @QueryValue(defaultValue = "false") boolean dryRun) {
        return upload(permissions.manager(request, producerId), producerId, body, contentType, fileName, prefer, dryRun);
    }

    @Post(uri = "/api/producers/{producerId}/deposits", processes = MediaType.ALL)
    @Consumes(MediaType.ALL)
    public HttpResponse<?> postDeposit(HttpRequest<?> request, @PathVariable String producerId, @Body InputStream body,
                                       @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                                       @Nullable @Header(PREFER) String prefer,
                                       @QueryValue(defaultValue = "false") boolean dryRun) {
        return upload(permissions.manager(request, producerId), producerId, body, contentType, null, prefer, dryRun);
    }

    @Get("/api/imports/{id}")
    public HttpResponse<?> job(@PathVariable UUID id) {
        return jobs.find(id)
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no import job " + id).toResponse());
    }

    /** {@code fileName}: the uploaded file's own name when the request gives it, for the job record. */
    private HttpResponse<?> upload(Viewer depositor, String producerId, InputStream body, String contentType,
                                   String fileName, String prefer, boolean dryRun) {
        Path file = spool.store(body, ".zip");
        List<String> formFiles = formFiles(file, contentType);
        if (formFiles != null && formFiles.size() != 1) {
            spool.delete(file);
            return Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, "Deposit rejected", "a form upload carries one file,"
                    + " the deposit zip (XXXX.zip); this one carries " + (formFiles.isEmpty() ? "none"
                    : formFiles.size() + ": " + String.join(", ", formFiles)) + ". Nothing was written.")
                    .toResponse();
        }
        String given = formFiles != null ? formFiles.get(0) : fileName != null ? fileName : "the request body";
        ImportJobs.Submitted submitted;
        try {
            submitted = jobs.submit(producerId, new ZipDepositSource(file, given),
                    dryRun ? ImportMode.DRY_RUN : ImportMode.REPLACE);
        } catch (RuntimeException e) { // no job to delete it when it ends
            spool.delete(file);
            throw e;
        }
        audit.record(depositor.subject().orElseThrow(), dryRun ? "dry-run" : "deposit", producerId,
                "import job " + submitted.id() + ", " + given);
        submitted.report().whenComplete((report, failure) -> spool.delete(file));
        URI jobUrl = URI.create("/api/imports/" + submitted.id());
        if (prefersAsync(prefer)) {
            return accepted(submitted.id(), jobUrl).header(PREFERENCE_APPLIED, RESPOND_ASYNC);
        }
        try {
            ImportReport report = submitted.report().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return outcome(report, jobUrl);
        } catch (TimeoutException stillRunning) {
            return accepted(submitted.id(), jobUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HttpResponse.accepted(jobUrl);
        } catch (ExecutionException e) {
            throw new IllegalStateException("import job " + submitted.id() + " failed", e.getCause());
        }
    }

    private MutableHttpResponse<ImportJob> accepted(UUID jobId, URI jobUrl) {
        return HttpResponse.accepted(jobUrl).body(jobs.find(jobId).orElseThrow())
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** RFC 7240: preferences are comma-separated tokens, optionally with values and parameters. */
    private static boolean prefersAsync(String prefer) {
        return prefer != null && Arrays.stream(prefer.split(","))
                .map(preference -> preference.split("[;=]", 2)[0].trim())
                .anyMatch(RESPOND_ASYNC::equalsIgnoreCase);
    }

    /** The files of a {@code multipart/form-data} body, or null for a body that is the deposit itself. */
    private static List<String> formFiles(Path file, String contentType) {
        if (contentType == null) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.of(contentType);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String boundary = type.getParameters().get("boundary").orElse(null);
        if (!type.getName().equalsIgnoreCase(MediaType.MULTIPART_FORM_DATA) || boundary == null) {
            return null;
        }
        try {
            return FormFiles.names(file, boundary.replace("\"", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled upload", e);
        }
    }

    private static HttpResponse<?> outcome(ImportReport report, URI jobUrl) {
        return switch (report.outcome()) {
            // Explicit: the routes process any media type, which would otherwise be echoed as "*/*".
            case IMPORTED -> HttpResponse.created(report, jobUrl).contentType(MediaType.APPLICATION_JSON_TYPE);
            case UNCHANGED, VALIDATED -> HttpResponse.ok(report).header("Location", jobUrl.toString())
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
            case REJECTED -> rejection(report, jobUrl);
        };
    }

    private static HttpResponse<?> rejection(ImportReport report, URI jobUrl) {
        boolean ourFailure = report.errors().stream().anyMatch(problem -> problem.code().equals("import-failed"));
        HttpStatus status = ourFailure ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_ENTITY;
        String detail = Count.of(report.errors().size(), "error") + " and "
                + Count.of(report.warnings().size(), "warning") + " in the deposit; nothing was written, the previous version stays published.";
        Problem problem = new Problem("/docs/api.md#deposit-rejected", "Deposit rejected", status.getCode(),
                detail, jobUrl.toString(), report.problems());
        return problem.toResponse();
    }
}
