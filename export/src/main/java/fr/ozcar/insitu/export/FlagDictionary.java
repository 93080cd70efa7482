package fr.ozcar.insitu.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ozcar.insitu.core.model.QualityFlag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A series' quality flag dictionary, as stored in {@code series.quality_flags} ({@code [{code, description}]}). */
public record FlagDictionary(List<QualityFlag> flags) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public FlagDictionary {
        flags = List.copyOf(flags);
    }

    public static FlagDictionary parse(String json) {
        List<QualityFlag> flags = new ArrayList<>();
        try {
            for (JsonNode flag : JSON.readTree(json)) {
                flags.add(new QualityFlag(flag.path("code").asText(), flag.path("description").asText("")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("series.quality_flags is not JSON", e);
        }
        return new FlagDictionary(flags);
    }
}
