package fr.ozcar.insitu.web.thesaurus;

import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.identity.AuditLog;
import fr.ozcar.insitu.core.text.Count;
import fr.ozcar.insitu.core.variable.SeriesReResolution;
import fr.ozcar.insitu.core.variable.VariableOverride;
import fr.ozcar.insitu.core.variable.VariableOverrides;
import fr.ozcar.insitu.core.variable.VariableResolver;
import fr.ozcar.insitu.thesaurus.resolve.ThesaurusVariableResolver;
import fr.ozcar.insitu.web.problem.Problem;
import fr.ozcar.insitu.web.security.Permissions;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Administrators confirm or correct how a producer's variable resolves. A change re-resolves the series
 * at once, so facets and SensorThings follow. Reading the overrides is open to all; {@code PUT} and
 * {@code DELETE} need the ADMINISTRATOR role (401 without credentials, 403 with others).
 */
@Controller("/api/variables/overrides")
@ExecuteOn(TaskExecutors.BLOCKING) // Jena reads the TDB2 store: never on the event loop
public class VariableOverrideController {

    /** The JSON a client sends; variableIri null means "this producer variable has no thesaurus variable". */
    @Introspected
    public record OverrideRequest(@Nullable String producerId, @Nullable String propertyName, @Nullable String unit,
                                  @Nullable String variableIri, @Nullable String confirmedBy, @Nullable String note) {
    }

    private final VariableOverrides overrides;
    private final ThesaurusVariableResolver thesaurus;
    private final SeriesReResolution reResolution;
    private final VariableResolver resolver;
    private final Permissions permissions;
    private final AuditLog audit;

    public VariableOverrideController(VariableOverrides overrides, ThesaurusVariableResolver thesaurus,
                                      SeriesReResolution reResolution, VariableResolver resolver,
                                      Permissions permissions, AuditLog audit) {
        this.permissions = permissions;
        this.audit = audit;
        this.overrides = overrides;
        this.thesaurus = thesaurus;
        this.reResolution = reResolution;
        this.resolver = resolver;
    }

    @Get
    public List<VariableOverride> list(@Nullable @QueryValue String producerId) {
        return overrides.list(producerId);
    }

    @Put
    public HttpResponse<?> save(HttpRequest<?> http, @Body OverrideRequest request) {
        permissions.administrator(http);
        List<Map<String, String>> errors = new ArrayList<>();
        if (request.producerId() == null || !request.producerId().matches("[A-Z]{4}")) {
            errors.add(Map.of("field", "producerId", "message", "must be a producer id of 4 capital letters"));
        }
        if (request.propertyName() == null || request.propertyName().isBlank()) {
            errors.add(Map.of("field", "propertyName", "message", "is required: the producer's variable name as deposited"));
        }
        if (request.unit() == null) {
            errors.add(Map.of("field", "unit", "message", "is required (\"N/A\" when unit-less, as deposited)"));
        }
        if (request.confirmedBy() == null || request.confirmedBy().isBlank()) {
            errors.add(Map.of("field", "confirmedBy", "message", "is required: who takes the decision"));
        }
        if (request.variableIri() != null && thesaurus.index().variable(request.variableIri()).isEmpty()) {
            errors.add(Map.of("field", "variableIri", "message", "is no variable of the thesaurus: " + request.variableIri()));
        }
        if (!errors.isEmpty()) {
            return Problem.of(HttpStatus.BAD_REQUEST, "Invalid override", Count.of(errors.size(), "problem") + " in the override")
                    .withErrors(errors).toResponse();
        }
        VariableOverride saved = overrides.save(new VariableOverride(request.producerId(), request.propertyName(),
                request.unit(), request.variableIri(), request.confirmedBy(), null, request.note()));
        reResolution.run(resolver);
        return HttpResponse.ok(saved);
    }

    @Delete
    public HttpResponse<?> delete(HttpRequest<?> http, @Nullable @QueryValue String producerId,
                                  @Nullable @QueryValue String propertyName, @Nullable @QueryValue String unit) {
        Viewer administrator = permissions.administrator(http);
        if (producerId == null || propertyName == null || unit == null) {
            return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", "producerId, propertyName and unit are all required").toResponse();
        }
        if (!overrides.delete(producerId, propertyName, unit)) {
            return Problem.of(HttpStatus.NOT_FOUND, "Not Found", "no override for " + producerId + " / " + propertyName + " / " + unit).toResponse();
        }
        audit.record(administrator.subject().orElseThrow(), "override-delete", producerId,
                propertyName + " / " + unit);
        reResolution.run(resolver);
        return HttpResponse.noContent();
    }
}
