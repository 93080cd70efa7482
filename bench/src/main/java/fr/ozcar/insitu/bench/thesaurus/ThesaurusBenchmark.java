package fr.ozcar.insitu.bench.thesaurus;

import fr.ozcar.insitu.core.variable.VariableQuery;
import fr.ozcar.insitu.core.variable.VariableResolution;
import fr.ozcar.insitu.thesaurus.resolve.LabelText;
import fr.ozcar.insitu.thesaurus.resolve.ThesaurusVariableResolver;
import fr.ozcar.insitu.thesaurus.resolve.VariableEntry;
import fr.ozcar.insitu.thesaurus.seed.SeedVocabulary;
import fr.ozcar.insitu.thesaurus.skosmos.ConceptCatalog;
import fr.ozcar.insitu.thesaurus.skosmos.SkosmosApi;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.SKOS;

/**
 * Thesaurus figures for docs/performance.md:
 * <ol>
 *   <li>resolution of 10 000 producer variable names (labels, abbreviations, French, heights, typos,
 *       noise) against the seed — throughput, and its ratio to the raw baseline: a HashMap lookup of
 *       the normalized name (exact labels only, no units, no categories, no typos);</li>
 *   <li>{@code search?query=temp*} on a generated 5 000-concept vocabulary — p50/p99, and the ratio to
 *       the raw baseline: a startsWith scan over an array of the same folded labels.</li>
 * </ol>
 * Run: {@code java -cp bench/target/insitu-bench.jar fr.ozcar.insitu.bench.thesaurus.ThesaurusBenchmark}
 */
public final class ThesaurusBenchmark {

    private static final int NAMES = 10_000;
    private static final int ROUNDS = 7;
    private static final int SEARCHES = 2_000;

    private ThesaurusBenchmark() {
    }

    public static void main(String[] args) {
        resolution();
        search();
    }

    private static void resolution() {
        VocabularyStore store = VocabularyStore.inMemory();
        SeedVocabulary.installIfMissing(store);
        ThesaurusVariableResolver resolver = ThesaurusVariableResolver.following(store, SeedVocabulary.ID);
        List<VariableQuery> queries = producerNames(resolver, new Random(42));
        Map<String, String> baseline = new HashMap<>();
        store.vocabulary(SeedVocabulary.ID).orElseThrow().model().listStatements(null, SKOS.prefLabel, (org.apache.jena.rdf.model.RDFNode) null)
                .forEach(s -> baseline.put(LabelText.normalize(s.getString()), s.getSubject().getURI()));
        store.vocabulary(SeedVocabulary.ID).orElseThrow().model().listStatements(null, SKOS.altLabel, (org.apache.jena.rdf.model.RDFNode) null)
                .forEach(s -> baseline.putIfAbsent(LabelText.normalize(s.getString()), s.getSubject().getURI()));
        double[] ours = new double[ROUNDS];
        double[] raw = new double[ROUNDS];
        int resolved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            int found = 0;
            for (VariableQuery query : queries) {
                VariableResolution resolution = resolver.resolve(query);
                found += resolution.resolved() ? 1 : 0;
            }
            ours[round] = (System.nanoTime() - start) / 1e9;
            resolved = found;
            start = System.nanoTime();
            int hits = 0;
            for (VariableQuery query : queries) {
                hits += baseline.containsKey(LabelText.normalize(query.name())) ? 1 : 0;
            }
            raw[round] = (System.nanoTime() - start) / 1e9;
            if (hits < 0) {
                throw new AssertionError();
            }
        }
        double oursMedian = median(ours);
        double rawMedian = median(raw);
        System.out.printf(Locale.ROOT, "resolution: %d names, %d resolved; median of %d rounds (first is warm-up): %.0f resolutions/s;"
                        + " baseline HashMap lookup %.0f lookups/s; ratio %.1fx the baseline's time%n",
                NAMES, resolved, ROUNDS, NAMES / oursMedian, NAMES / rawMedian, oursMedian / rawMedian);
    }

    /** Median of the rounds after the first (warm-up). */
    private static double median(double[] seconds) {
        double[] measured = Arrays.copyOfRange(seconds, 1, seconds.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    /** Names as producers write them, built from the seed's labels with the usual variations. */
    private static List<VariableQuery> producerNames(ThesaurusVariableResolver resolver, Random random) {
        List<VariableEntry> variables = new ArrayList<>(resolver.index().variables());
        variables.sort(java.util.Comparator.comparing(VariableEntry::iri)); // the index is unordered: fix the order for a repeatable run
        List<String> positions = List.of("", " at 2 m", "_5m", " à 10 cm", " (2m)", " 30cm", "_1_1_1", " at 10 cm depth");
        List<String> noise = List.of("Battery voltage", "Logger temperature", "Panel temp", "Signal quality", "Record number");
        List<VariableQuery> queries = new ArrayList<>(NAMES);
        while (queries.size() < NAMES) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                queries.add(new VariableQuery("BNCH", noise.get(random.nextInt(noise.size())), "N/A", List.of()));
                continue;
            }
            VariableEntry variable = variables.get(random.nextInt(variables.size()));
            String name = switch (kind) {
                case 1, 2 -> variable.prefLabelFr() != null ? variable.prefLabelFr() : variable.label();
                case 3 -> typo(variable.label(), random);
                case 4 -> variable.label().toUpperCase(Locale.ROOT);
                default -> variable.label();
            } + positions.get(random.nextInt(positions.size()));
            List<String> categories = random.nextBoolean() && !variable.categoryPath().isEmpty()
                    ? List.of(variable.categoryPath().get(variable.categoryPath().size() - 1)) : List.of();
            queries.add(new VariableQuery("BNCH", name, variable.unit() == null ? "N/A" : variable.unit(), categories));
        }
        return queries;
    }

    private static String typo(String label, Random random) {
        if (label.length() < 6) {
            return label;
        }
        int at = 2 + random.nextInt(label.length() - 4);
        return label.substring(0, at) + label.substring(at + 1);
    }

    private static void search() {
        VocabularyStore store = VocabularyStore.inMemory();
        String turtle = generatedVocabulary(5_000, new Random(7));
        store.load("bench", new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE, "generated.ttl");
        SkosmosApi api = new SkosmosApi(store);
        ConceptCatalog catalog = api.catalog("bench");
        String[] folded = catalog.concepts().stream().flatMap(c -> c.labels().stream()).map(ConceptCatalog.Label::folded)
                .toArray(String[]::new);
        SkosmosApi.SearchRequest request = new SkosmosApi.SearchRequest("temp*", null, null, List.of("bench"), List.of(), null,
                null, null, null, false);
        int hits = api.search(request).get("results").size();
        long[] ours = new long[SEARCHES];
        long[] raw = new long[SEARCHES];
        for (int warmUp = 0; warmUp < 500; warmUp++) {
            api.search(request);
        }
        for (int i = 0; i < SEARCHES; i++) {
            long start = System.nanoTime();
            api.search(request);
            ours[i] = System.nanoTime() - start;
            start = System.nanoTime();
            int count = 0;
            for (String label : folded) {
                if (label.startsWith("temp")) {
                    count++;
                }
            }
            raw[i] = System.nanoTime() - start;
            if (count < 0) {
                throw new AssertionError();
            }
        }
        Arrays.sort(ours);
        Arrays.sort(raw);
        System.out.printf(Locale.ROOT, "search temp*: %d concepts, %d labels, %d results (maxhits 100);"
                        + " p50 %.2f ms, p99 %.2f ms; baseline startsWith scan p50 %.3f ms; ratio p50 %.1fx%n",
                catalog.concepts().size(), folded.length, hits, ours[SEARCHES / 2] / 1e6, ours[SEARCHES * 99 / 100] / 1e6,
                raw[SEARCHES / 2] / 1e6, (double) ours[SEARCHES / 2] / raw[SEARCHES / 2]);
    }

    /** A SKOS vocabulary of {@code size} concepts in a 3-level hierarchy, English and French labels. */
    static String generatedVocabulary(int size, Random random) {
        String[] first = {"air", "soil", "water", "snow", "leaf", "stream", "ground", "surface", "canopy", "lake", "rain", "river"};
        String[] second = {"temperature", "tempest index", "temporal mean", "pressure", "humidity", "flux", "content", "level",
                "speed", "direction", "concentration", "conductivity", "radiation", "depth", "density", "potential"};
        String[] third = {"", " maximum", " minimum", " daily", " hourly", " net", " gross", " dissolved", " total"};
        StringBuilder out = new StringBuilder("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "@prefix b: <https://example.org/bench/> .\n"
                + "b:scheme a skos:ConceptScheme ; skos:prefLabel \"Bench\"@en .\n");
        for (int i = 0; i < size; i++) {
            String what = first[random.nextInt(first.length)];
            String property = second[random.nextInt(second.length)];
            String label = (random.nextInt(3) == 0 ? property + " of " + what : what + " " + property)
                    + third[random.nextInt(third.length)] + " " + i;
            out.append("b:c").append(i).append(" a skos:Concept ; skos:inScheme b:scheme ; skos:prefLabel \"")
                    .append(Character.toUpperCase(label.charAt(0))).append(label.substring(1)).append("\"@en , \"")
                    .append("fr ").append(label).append("\"@fr ; skos:altLabel \"ALT").append(i).append("\"@en");
            if (i < 10) {
                out.append(" ; skos:topConceptOf b:scheme");
            } else {
                out.append(" ; skos:broader b:c").append(i < 200 ? random.nextInt(10) : 10 + random.nextInt(190));
            }
            out.append(" .\n");
        }
        return out.toString();
    }
}
