package fr.ozcar.insitu.web.thesaurus;

import fr.ozcar.insitu.thesaurus.skosmos.ThesaurusRequestException;
import fr.ozcar.insitu.thesaurus.store.Vocabulary;
import fr.ozcar.insitu.thesaurus.store.VocabularyFormat;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import fr.ozcar.insitu.web.security.Permissions;
import fr.ozcar.insitu.web.work.WorkLane;
import fr.ozcar.insitu.web.work.WorkLanes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.jena.riot.Lang;

/**
 * Loads or replaces a vocabulary (Turtle, RDF/XML, JSON-LD or N-Triples by Content-Type) without
 * downtime: a file that does not parse is refused with its line and column and the version in service
 * stays; a good one replaces it atomically, then variables are published and series re-resolved.
 * Administrators only (401 without credentials, 403 with others).
 */
@Controller("/thesaurus/vocabularies")
@ExecuteOn(TaskExecutors.BLOCKING) // parsing, storing and publishing a vocabulary takes seconds: never on the event loop
public class VocabularyController {

    private final VocabularyStore store;
    private final Permissions permissions;
    private final WorkLane loads;

    public VocabularyController(VocabularyStore store, Permissions permissions, @Named("vocabulary") WorkLane loads) {
        this.store = store;
        this.permissions = permissions;
        this.loads = loads;
    }

    @Put("/{vocid}")
    @Consumes({"text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples"})
    public Map<String, Object> replace(HttpRequest<?> request, @PathVariable String vocid, @Body byte[] content,
                                       @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType) {
        permissions.administrator(request);
        Lang lang = VocabularyFormat.ofMediaType(contentType).orElseThrow(() -> new ThesaurusRequestException(415,
                "send Turtle, RDF/XML, JSON-LD or N-Triples, not " + contentType));
        try {
            VocabularyStore.checkId(vocid);
        } catch (IllegalArgumentException e) {
            throw ThesaurusRequestException.badParameter("vocid", e.getMessage());
        }
        Vocabulary loaded;
        try (WorkLane.Permit permit = loads.enter(WorkLanes.client(request))) {
            loaded = store.load(vocid, new ByteArrayInputStream(content), lang, vocid + " (" + lang.getName() + ")");
        }
        return Map.of("id", loaded.id(), "triples", loaded.model().size(), "loadedAt", loaded.loadedAt().toString());
    }
}
