package fr.ozcar.insitu.web.thesaurus;

import fr.ozcar.insitu.thesaurus.skosmos.ThesaurusRequestException;
import fr.ozcar.insitu.thesaurus.store.Vocabulary;
import fr.ozcar.insitu.thesaurus.store.VocabularyFormat;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import fr.ozcar.insitu.web.security.Permissions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
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
public class VocabularyController {

    private final VocabularyStore store;
    private final Permissions permissions;

    public VocabularyController(VocabularyStore store, Permissions permissions) {
        this.store = store;
        this.permissions = permissions;
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
        Vocabulary loaded = store.load(vocid, new ByteArrayInputStream(content), lang, vocid + " (" + lang.getName() + ")");
        return Map.of("id", loaded.id(), "triples", loaded.model().size(), "loadedAt", loaded.loadedAt().toString());
    }
}
