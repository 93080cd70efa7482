package fr.ozcar.insitu.core.deposit.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code insitu template XXXX}: a metadata skeleton with every field the import needs, and, since JSON
 * has no comments, a companion guide ({@code XXXX_en.guide.md}) saying what goes where. Values to
 * replace read {@code TODO …}.
 */
public final class MetadataTemplate {

    private static final Pattern PRODUCER_ID = Pattern.compile("^[A-Z]{4}$");

    private MetadataTemplate() {
    }

    /** Writes {@code XXXX_en.json} and {@code XXXX_en.guide.md} into {@code folder}; returns both. */
    public static List<Path> write(String producerId, Path folder) throws IOException {
        if (!PRODUCER_ID.matcher(producerId).matches()) {
            throw new IllegalArgumentException("a producer id is four capital letters, not " + producerId);
        }
        Files.createDirectories(folder);
        Path json = folder.resolve(producerId + "_en.json");
        Path guide = folder.resolve(producerId + "_en.guide.md");
        Files.writeString(json, resource("XXXX_en.json").replace("XXXX", producerId));
        Files.writeString(guide, resource("XXXX_en.guide.md").replace("XXXX", producerId));
        return List.of(json, guide);
    }

    private static String resource(String name) {
        try (InputStream in = MetadataTemplate.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
