package fr.ozcar.insitu.thesaurus.skosmos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The Skosmos REST v1 swagger (test resource, MIT): checks that a JSON answer has every key a
 * definition requires and no key it does not declare, recursively through $ref'd items.
 */
public final class SkosmosSwagger {

    private static final JsonNode SWAGGER = load();
    /** Keys every JSON-LD answer may carry beyond the documented ones. */
    private static final Set<String> ALWAYS_ALLOWED = Set.of("@context");

    private SkosmosSwagger() {
    }

    private static JsonNode load() {
        try (InputStream in = SkosmosSwagger.class.getResourceAsStream("/skosmos/skosmos-swagger.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The definition the swagger gives as the 200 response of a GET path, e.g. "/{vocid}/search". */
    public static String responseDefinition(String path) {
        String ref = SWAGGER.path("paths").path(path).path("get").path("responses").path("200").path("schema").path("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Every documented GET path. */
    public static List<String> paths() {
        List<String> paths = new ArrayList<>();
        SWAGGER.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    /** Differences between {@code actual} and the definition; extra keys in {@code tolerated} are allowed. */
    public static List<String> problems(JsonNode actual, String definition, Set<String> tolerated) {
        List<String> problems = new ArrayList<>();
        check(actual, SWAGGER.path("definitions").path(definition), definition, tolerated, problems);
        return problems;
    }

    private static void check(JsonNode actual, JsonNode schema, String where, Set<String> tolerated, List<String> problems) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            check(actual, SWAGGER.path("definitions").path(name), where + "<" + name + ">", tolerated, problems);
            return;
        }
        if (actual.isArray()) {
            JsonNode items = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
            int i = 0;
            for (JsonNode element : actual) {
                check(element, items, where + "[" + i++ + "]", tolerated, problems);
            }
            return;
        }
        if (!actual.isObject() || !schema.has("properties")) {
            return;
        }
        JsonNode properties = schema.get("properties");
        for (JsonNode required : schema.path("required")) {
            // a few required lists of the swagger name keys of another definition (e.g. IndexConcepts
            // requires "indexLetters"): only keys the definition declares can be required
            if (properties.has(required.asText()) && !actual.has(required.asText())) {
                problems.add(where + ": missing required key " + required.asText());
            }
        }
        Iterator<String> names = actual.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (properties.has(name)) {
                check(actual.get(name), properties.get(name), where + "." + name, tolerated, problems);
            } else if (!ALWAYS_ALLOWED.contains(name) && !tolerated.contains(name)) {
                problems.add(where + ": key " + name + " is not in the Skosmos API");
            }
        }
    }
}
