package fr.ozcar.insitu.core.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A boundary layer an operator drops into the layers folder: a GeoJSON file of polygons and its
 * descriptor {@code <anything>.layer.json}:
 * <pre>{"name": "regions-fr", "kind": "region", "file": "regions-fr.geojson",
 *  "codeProperty": "INSEE_REG", "nameProperty": "NOM", "source": "IGN ADMIN EXPRESS", "licence": "Licence Ouverte 2.0",
 *  "classes": {"Csa": "Mediterranean climate"}}</pre>
 * {@code kind} is what the layer tells: {@code region} (admin level 1), {@code department} (French
 * departments, admin level 2), {@code climate} or {@code geology}. {@code classes} (optional) maps a
 * layer's codes to the pivot format's climate or geology values.
 */
public final class LookupLayer {

    public enum Kind { REGION, DEPARTMENT, CLIMATE, GEOLOGY }

    private final String name;
    private final Kind kind;
    private final PolygonIndex index;
    private final Map<String, String> classes;

    private LookupLayer(String name, Kind kind, PolygonIndex index, Map<String, String> classes) {
        this.name = name;
        this.kind = kind;
        this.index = index;
        this.classes = classes;
    }

    /** Reads a descriptor and its GeoJSON file (a relative {@code file} is taken next to the descriptor). */
    public static LookupLayer read(Path descriptor) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode d = json.readTree(descriptor.toFile());
        String name = required(d, "name", descriptor);
        Kind kind;
        try {
            kind = Kind.valueOf(required(d, "kind", descriptor).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(descriptor + ": 'kind' is one of region, department, climate, geology");
        }
        Path file = descriptor.resolveSibling(required(d, "file", descriptor));
        Map<String, String> classes = new HashMap<>();
        d.path("classes").properties().forEach(entry -> classes.put(entry.getKey(), entry.getValue().asText()));
        GeometryFactory factory = new GeometryFactory();
        try {
            var boundaries = GeoJsonPolygons.read(json.readTree(file.toFile()),
                    d.path("codeProperty").asText(null), d.path("nameProperty").asText(null), factory);
            return new LookupLayer(name, kind, new PolygonIndex(boundaries, factory), Map.copyOf(classes));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " (layer " + name + "): " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode descriptor, String field, Path file) throws IOException {
        String value = descriptor.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IOException(file + ": the layer descriptor needs '" + field + "'");
        }
        return value;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The area of this layer covering the position, or null. */
    Boundary at(double longitude, double latitude) {
        PolygonIndex.Match match = index.locate(longitude, latitude, 0);
        return match == null ? null : match.boundary();
    }

    /** A climate or geology class of the layer as the pivot format's value (the class itself when unmapped). */
    String classOf(Boundary area) {
        String key = area.code() != null ? area.code() : area.name();
        return classes.getOrDefault(key, area.name() != null ? area.name() : key);
    }
}
