package fr.ozcar.insitu.core.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The country at a position, from Natural Earth's 1:50m countries as npm's {@code world-atlas} 2.0.2
 * ships them (committed next to this class, read once, no network). world-atlas names countries by
 * their ISO 3166-1 numeric id; the alpha-2 code comes from the committed ISO table.
 */
public final class Countries {

    static final String SOURCE = "Natural Earth 1:50m countries (npm world-atlas 2.0.2)";

    /**
     * A station on the shore, a pier or a small island may fall just outside the generalised 1:50m
     * coastline (its segments cut corners by up to a few kilometres): the nearest country within this
     * distance is taken. Far enough for that, too short to reach across a sea strait to another country
     * where no coast is nearer (the Strait of Dover is 33 km).
     */
    public static final double COASTAL_DISTANCE_KM = 25;

    /** Natural Earth units without an ISO 3166-1 numeric id in world-atlas; only Kosovo has a code in common use. */
    private static final Map<String, String> CODES_OF_UNNUMBERED = Map.of("Kosovo", "XK");

    private final PolygonIndex index;
    private final Map<String, String[]> byNumeric;

    private Countries(PolygonIndex index, Map<String, String[]> byNumeric) {
        this.index = index;
        this.byNumeric = byNumeric;
    }

    /** Loaded on first use, then shared: decoding the topology takes a few hundred milliseconds. */
    public static Countries shipped() {
        return Shipped.COUNTRIES;
    }

    private static final class Shipped {
        static final Countries COUNTRIES = load();

        private static Countries load() {
            try (InputStream in = Countries.class.getResourceAsStream("world-atlas/countries-50m.json")) {
                JsonNode topology = new ObjectMapper().readTree(in);
                GeometryFactory factory = new GeometryFactory();
                Map<String, String[]> byNumeric = new HashMap<>();
                for (String[] row : TableResource.rows("iso3166/iso3166-1-numeric.csv")) {
                    byNumeric.put(row[0], row);
                }
                return new Countries(new PolygonIndex(TopoJson.boundaries(topology, "countries", factory), factory),
                        byNumeric);
            } catch (IOException e) {
                throw new UncheckedIOException("the shipped countries cannot be read", e);
            }
        }
    }

    /** The country at (or within {@link #COASTAL_DISTANCE_KM} of) a position, or null (open sea, Antarctica's coast…). */
    public Unit at(double longitude, double latitude) {
        PolygonIndex.Match match = index.locate(longitude, latitude, COASTAL_DISTANCE_KM);
        if (match == null) {
            return null;
        }
        Boundary country = match.boundary();
        String[] iso = country.code() == null ? null : byNumeric.get(country.code());
        String code = iso != null ? iso[1] : CODES_OF_UNNUMBERED.get(country.name());
        return new Unit(code, country.name(), null, SOURCE, match.distanceKm());
    }
}
