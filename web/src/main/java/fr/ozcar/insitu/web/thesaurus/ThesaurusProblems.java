package fr.ozcar.insitu.web.thesaurus;

import fr.ozcar.insitu.thesaurus.skosmos.ThesaurusRequestException;
import fr.ozcar.insitu.thesaurus.sparql.SparqlException;
import fr.ozcar.insitu.thesaurus.store.InvalidVocabularyException;
import fr.ozcar.insitu.web.problem.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;

/** Thesaurus errors as problem+json: unknown vocabulary/concept 404, bad parameter/query/RDF 400, timeout 503. */
@Controller
public class ThesaurusProblems {

    @Error(global = true)
    public HttpResponse<Problem> thesaurusRequest(HttpRequest<?> request, ThesaurusRequestException error) {
        return problem(error.status(), error.getMessage());
    }

    @Error(global = true)
    public HttpResponse<Problem> sparql(HttpRequest<?> request, SparqlException error) {
        return problem(error.status(), error.getMessage());
    }

    @Error(global = true)
    public HttpResponse<Problem> invalidVocabulary(HttpRequest<?> request, InvalidVocabularyException error) {
        return problem(400, error.getMessage() + " (the vocabulary in service is unchanged)");
    }

    static HttpResponse<Problem> problem(int status, String detail) {
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        return Problem.of(httpStatus, httpStatus.getReason(), detail).toResponse();
    }
}
