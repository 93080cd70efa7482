package fr.ozcar.insitu.core.enrichment;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * French regions and departments as {@code @etalab/decoupage-administratif} 6.0.0 lists them (INSEE
 * code, French name): a layer that gives only a code gets the official name, one that gives only a
 * name (in any case, with or without accents) gets the INSEE code. Geometry is not here: it comes
 * from the operator's layers.
 */
final class FrenchUnits {

    private final Map<String, String> nameByCode = new HashMap<>();
    private final Map<String, String> codeByName = new HashMap<>();

    private FrenchUnits(String table) {
        for (String[] row : TableResource.rows(table)) {
            nameByCode.put(row[0], row[1]);
            codeByName.put(key(row[1]), row[0]);
        }
    }

    static final FrenchUnits REGIONS = new FrenchUnits("decoupage-administratif/regions.csv");
    static final FrenchUnits DEPARTMENTS = new FrenchUnits("decoupage-administratif/departements.csv");

    /** The unit a layer names with {@code code} and {@code name}, completed with its INSEE code and name. */
    Unit complete(String code, String name, String source, double distanceKm) {
        String insee = code != null && nameByCode.containsKey(code) ? code
                : name == null ? null : codeByName.get(key(name));
        if (insee == null) {
            return new Unit(code, name, null, source, distanceKm);
        }
        return new Unit(code == null ? insee : code, nameByCode.get(insee), insee, source, distanceKm);
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
