package fr.ozcar.insitu.sensorthings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.sensorthings.service.StaRequest;
import fr.ozcar.insitu.sensorthings.service.StaResponse;
import fr.ozcar.insitu.sensorthings.service.StaService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Calls {@link StaService} the way the web layer does, from a URL relative to {@code /sta}. */
public final class StaClient {

    public static final String BASE = "http://test.example/sta";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StaService service;

    public StaClient(StaService service) {
        this.service = service;
    }

    /** The answer to e.g. {@code /v1.1/Things(1)?$select=name} (query already percent-encoded where needed). */
    public Answer get(String url) {
        return get(Viewer.ANONYMOUS, url);
    }

    /** The answer to {@code url} for {@code viewer}. */
    public Answer get(Viewer viewer, String url) {
        String relative = url.startsWith(BASE) ? url.substring(BASE.length()) : url;
        int query = relative.indexOf('?');
        String path = query < 0 ? relative : relative.substring(0, query);
        String rawQuery = query < 0 ? "" : relative.substring(query + 1);
        String[] parts = path.replaceFirst("^/", "").split("/", 2);
        String version = parts[0];
        StaResponse response = service.handle(new StaRequest(version, parts.length > 1 ? parts[1] : "", rawQuery,
                BASE + "/" + version, viewer));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            response.writeTo(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer(response.status(), response.contentType(), body.toString(StandardCharsets.UTF_8));
    }

    /** {@code @iot.count} of a set under a $filter, asserting that the request succeeds. */
    public long count(String set, String filter) {
        Answer answer = get("/v1.1/" + set + "?$count=true&$top=0&$filter="
                + java.net.URLEncoder.encode(filter, StandardCharsets.UTF_8));
        if (answer.status() != 200) {
            throw new AssertionError(filter + " -> " + answer.body());
        }
        return answer.json().get("@iot.count").asLong();
    }

    public record Answer(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }
    }
}
