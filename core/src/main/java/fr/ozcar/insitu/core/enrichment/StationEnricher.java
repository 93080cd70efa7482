package fr.ozcar.insitu.core.enrichment;

import fr.ozcar.insitu.core.enrichment.StationEnrichment.Classified;
import fr.ozcar.insitu.core.model.Dataset;
import fr.ozcar.insitu.core.model.Observation;
import fr.ozcar.insitu.core.model.PivotDeposit;
import fr.ozcar.insitu.core.model.SamplingFeature;
import fr.ozcar.insitu.core.model.SearchCriteria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derives, offline, the country, administrative units, climate and geology of each station of a
 * deposit from its representative point (the point, or the first vertex of a line or polygon).
 */
public final class StationEnricher {

    private static final Logger LOG = LoggerFactory.getLogger(StationEnricher.class);

    private final Countries countries;
    private final List<LookupLayer> layers;

    public StationEnricher(Countries countries, List<LookupLayer> layers) {
        this.countries = countries;
        this.layers = List.copyOf(layers);
    }

    /** The shipped countries and no lookup layer. */
    public static StationEnricher countriesOnly() {
        return new StationEnricher(Countries.shipped(), List.of());
    }

    /**
     * The shipped countries and every layer described in {@code folder} ({@code *.layer.json}); null
     * folder: none. A layer that cannot be read stops the start-up: running without it would publish
     * stations silently unenriched.
     */
    public static StationEnricher withLayersIn(Path folder) throws IOException {
        if (folder == null) {
            return countriesOnly();
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("the enrichment layers folder " + folder + " does not exist");
        }
        List<LookupLayer> layers = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path descriptor : files.filter(f -> f.getFileName().toString().endsWith(".layer.json")).sorted().toList()) {
                LookupLayer layer = LookupLayer.read(descriptor);
                LOG.info("enrichment layer {} ({}) read from {}", layer.name(), layer.kind(), descriptor);
                layers.add(layer);
            }
        }
        return new StationEnricher(Countries.shipped(), layers);
    }

    /** Each station of the deposit (by name), with the climates and geologies its datasets declare. */
    public Map<String, StationEnrichment> enrich(PivotDeposit deposit) {
        Map<String, SamplingFeature> stations = new HashMap<>();
        Map<String, Set<String>> climates = new HashMap<>();
        Map<String, Set<String>> geologies = new HashMap<>();
        for (Dataset dataset : deposit.datasets()) {
            for (Observation observation : dataset.observations()) {
                SamplingFeature station = observation.samplingFeature();
                stations.putIfAbsent(station.name(), station);
                climates.computeIfAbsent(station.name(), name -> new LinkedHashSet<>()).addAll(dataset.criteria().climates());
                geologies.computeIfAbsent(station.name(), name -> new LinkedHashSet<>())
                        .addAll(dataset.criteria().geologies());
            }
        }
        Map<String, StationEnrichment> enriched = new HashMap<>();
        stations.forEach((name, station) -> enriched.put(name, enrich(station,
                new SearchCriteria(List.copyOf(climates.get(name)), List.copyOf(geologies.get(name))))));
        return enriched;
    }

    /** One station; the declared climates (geologies) win over the layers'. */
    public StationEnrichment enrich(SamplingFeature station, SearchCriteria declared) {
        double lon = station.longitude();
        double lat = station.latitude();
        Unit country = countries.at(lon, lat);
        boolean french = country != null && "FR".equals(country.code());
        Unit region = null;
        Unit department = null;
        List<Classified> layerClimates = new ArrayList<>();
        List<Classified> layerGeologies = new ArrayList<>();
        for (LookupLayer layer : layers) {
            Boundary area = layer.at(lon, lat);
            if (area == null) {
                continue;
            }
            switch (layer.kind()) {
                case REGION -> region = region != null ? region
                        : unit(area, layer, french ? FrenchUnits.REGIONS : null);
                case DEPARTMENT -> department = department != null ? department
                        : unit(area, layer, french ? FrenchUnits.DEPARTMENTS : null);
                case CLIMATE -> layerClimates.add(new Classified(layer.classOf(area), layer.name()));
                case GEOLOGY -> layerGeologies.add(new Classified(layer.classOf(area), layer.name()));
            }
        }
        return new StationEnrichment(country, region, department,
                declared.climates().isEmpty() ? layerClimates : fromDeposit(declared.climates()),
                declared.geologies().isEmpty() ? layerGeologies : fromDeposit(declared.geologies()));
    }

    private static Unit unit(Boundary area, LookupLayer layer, FrenchUnits french) {
        return french == null ? new Unit(area.code(), area.name(), null, layer.name(), 0)
                : french.complete(area.code(), area.name(), layer.name(), 0);
    }

    private static List<Classified> fromDeposit(List<String> values) {
        return values.stream().map(value -> new Classified(value, StationEnrichment.DEPOSIT)).toList();
    }
}
