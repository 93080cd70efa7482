package fr.ozcar.insitu.thesaurus.resolve;

import fr.ozcar.insitu.core.variable.VariableQuery;
import fr.ozcar.insitu.core.variable.VariableResolution;
import fr.ozcar.insitu.core.variable.VariableResolver;
import fr.ozcar.insitu.thesaurus.store.VocabularyStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps a producer's variable (name, unit, theiaCategories) onto the thesaurus, in order of trust:
 * <ol>
 *   <li>exact IRI: theiaCategories holds a variable's IRI (score 1);</li>
 *   <li>preferred or simplified label, any language, ignoring case, accents, punctuation and the
 *       height/depth ("at 2 m", "à 10 cm", "_5m") which is a constraint of the series (0.95);</li>
 *   <li>alternative label, e.g. an abbreviation such as "Tair", "RH", "SWC" (0.9);</li>
 *   <li>fuzzy word match tolerating typos, word order and abbreviated words (at most 0.85).</li>
 * </ol>
 * At every step a candidate whose usual unit has another dimension than the declared unit is
 * excluded, and the declared categories choose between candidates (a candidate outside them loses
 * 0.3, which puts it under the threshold; a fuzzy candidate inside them gains 0.15, up to 0.85). Deprecated variables are followed to their replacement. Several candidates left with the
 * same score, or a best score under {@link #ACCEPTANCE_THRESHOLD}, give an explicit "unresolved":
 * never a guess.
 *
 * <p>The index is rebuilt in memory when the vocabulary is (re)loaded; resolving only reads it.
 */
public final class ThesaurusVariableResolver implements VariableResolver {

    public static final double ACCEPTANCE_THRESHOLD = 0.7;
    // a label match outside the declared categories falls under the threshold: the producer's category is
    // trusted more than a bare label ("pH" declared as groundwater is not the stream water pH)
    private static final double OUTSIDE_CATEGORY_PENALTY = 0.3;
    private static final double IN_CATEGORY_BONUS = 0.15;
    private static final double FUZZY_CEILING = 0.85;
    private static final double TIE = 0.02;

    private volatile VariableIndex index;

    public ThesaurusVariableResolver(VariableIndex index) {
        this.index = index;
    }

    /**
     * A resolver following one vocabulary of a store: its index is rebuilt whenever that vocabulary is
     * reloaded, and the store refuses a reload without any variable (it would unresolve every series).
     */
    public static ThesaurusVariableResolver following(VocabularyStore store, String vocabularyId) {
        store.require(vocabularyId, candidate -> VariableIndex.of(candidate).size() > 0 ? List.of()
                : List.of("holds no variable (a concept typed iadopt:Variable or a skos:member of "
                        + VariableIndex.VARIABLES_GROUP.getURI() + "); every series would be left unresolved"));
        ThesaurusVariableResolver resolver = new ThesaurusVariableResolver(
                store.vocabulary(vocabularyId).map(v -> VariableIndex.of(v.model())).orElse(VariableIndex.empty()));
        store.onLoad(loaded -> {
            if (loaded.id().equals(vocabularyId)) {
                resolver.use(VariableIndex.of(loaded.model()));
            }
        });
        return resolver;
    }

    /** Puts a new index in service (one reference swap: resolutions in flight finish on the old one). */
    public void use(VariableIndex next) {
        this.index = next;
    }

    public VariableIndex index() {
        return index;
    }

    @Override
    public VariableResolution resolve(VariableQuery query) {
        VariableIndex current = index;
        for (String declared : query.theiaCategories()) {
            Optional<VariableEntry> named = current.variable(declared);
            if (named.isPresent()) {
                return resolved(current, named.get(), 1.0, "exact IRI", "theiaCategories names the variable "
                        + declared);
            }
        }
        Set<String> categories = query.theiaCategories().stream().filter(current::isCategory)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Optional<UnitDimension> unit = UnitDimension.of(query.unit());
        ProducerName name = ProducerName.parse(query.name());
        Set<String> texts = new LinkedHashSet<>(List.of(LabelText.normalize(name.measured()), LabelText.normalize(query.name())));
        texts.remove("");
        if (texts.isEmpty()) {
            return VariableResolution.unresolved("no variable name given");
        }
        String where = name.position() == null ? "" : " (position \"" + name.position() + "\" kept as a constraint)";
        List<String> notes = new ArrayList<>();

        Outcome byPreferred = choose(current, candidates(texts, current::withPreferredLabel), unit, categories, 0.95,
                "prefLabel", query, notes);
        if (byPreferred != null) {
            return byPreferred.toResolution(current, where);
        }
        Outcome byAlternative = choose(current, candidates(texts, current::withAlternativeLabel), unit, categories, 0.9,
                "altLabel", query, notes);
        if (byAlternative != null) {
            return byAlternative.toResolution(current, where);
        }
        Outcome fuzzy = fuzzy(current, LabelText.nameTokens(LabelText.normalize(name.measured())), unit, categories, notes);
        if (fuzzy != null) {
            return fuzzy.toResolution(current, where);
        }
        return VariableResolution.unresolved(notes.isEmpty()
                ? "no thesaurus variable resembles \"" + query.name() + "\""
                : String.join("; ", notes));
    }

    private static List<VariableEntry> candidates(Set<String> texts, Function<String, List<VariableEntry>> lookup) {
        Set<VariableEntry> found = new LinkedHashSet<>();
        texts.forEach(text -> found.addAll(lookup.apply(text)));
        return List.copyOf(found);
    }

    /** Picks among label matches: unit first, then category; several left → ambiguous (unresolved, with a note). */
    private static Outcome choose(VariableIndex index, List<VariableEntry> matches, Optional<UnitDimension> unit,
                                  Set<String> categories, double score, String method, VariableQuery query,
                                  List<String> notes) {
        if (matches.isEmpty()) {
            return null;
        }
        Map<String, VariableEntry> current = new LinkedHashMap<>();
        matches.forEach(m -> current.putIfAbsent(index.current(m).iri(), index.current(m)));
        List<VariableEntry> fitting = current.values().stream().filter(v -> v.acceptsUnit(unit)).toList();
        if (fitting.isEmpty()) {
            notes.add(method + " matches " + labels(current.values()) + " but unit \"" + query.unit()
                    + "\" is incompatible with " + current.values().stream().map(VariableEntry::unit).distinct().toList());
            return null;
        }
        List<VariableEntry> inCategory = categories.isEmpty() ? fitting
                : fitting.stream().filter(v -> inAny(v, categories)).toList();
        List<VariableEntry> chosen = inCategory.isEmpty() ? fitting : inCategory;
        double penalty = !categories.isEmpty() && inCategory.isEmpty() ? OUTSIDE_CATEGORY_PENALTY : 0;
        if (chosen.size() > 1) {
            notes.add(method + " is ambiguous between " + labels(chosen) + ": declare a theiaCategories category or the unit");
            return null;
        }
        if (score - penalty < ACCEPTANCE_THRESHOLD) {
            notes.add(method + " matches " + chosen.get(0).label() + " but it is outside the declared categories " + categories);
            return null;
        }
        String reason = method + " \"" + query.name() + "\" matches " + chosen.get(0).label();
        return new Outcome(chosen.get(0), score - penalty, method, reason);
    }

    private Outcome fuzzy(VariableIndex index, List<String> words, Optional<UnitDimension> unit, Set<String> categories,
                          List<String> notes) {
        if (words.isEmpty()) {
            return null;
        }
        List<Map<String, Double>> near = words.stream().map(index::near).toList();
        Map<VariableIndex.IndexedLabel, Boolean> labels = new IdentityHashMap<>();
        for (Map<String, Double> tokens : near) {
            for (String token : tokens.keySet()) {
                index.labelsWithToken(token).forEach(l -> labels.put(l, true));
            }
        }
        Map<String, Double> best = new HashMap<>();
        Map<String, VariableEntry> entries = new HashMap<>();
        for (VariableIndex.IndexedLabel label : labels.keySet()) {
            VariableEntry variable = index.current(label.variable());
            if (!variable.acceptsUnit(unit)) {
                continue;
            }
            double score = FUZZY_CEILING * WordSimilarity.dice(near, label.tokens());
            if (!categories.isEmpty()) {
                score = inAny(variable, categories) ? Math.min(FUZZY_CEILING, score + IN_CATEGORY_BONUS)
                        : score - OUTSIDE_CATEGORY_PENALTY;
            }
            if (score > best.getOrDefault(variable.iri(), 0.0)) {
                best.put(variable.iri(), score);
                entries.put(variable.iri(), variable);
            }
        }
        List<Map.Entry<String, Double>> ranked = best.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).toList();
        if (ranked.isEmpty()) {
            return null;
        }
        VariableEntry top = entries.get(ranked.get(0).getKey());
        double score = ranked.get(0).getValue();
        if (score < ACCEPTANCE_THRESHOLD) {
            notes.add(String.format(Locale.ROOT, "closest variable %s scores %.2f, under the acceptance threshold %.2f",
                    top.label(), score, ACCEPTANCE_THRESHOLD));
            return null;
        }
        if (ranked.size() > 1 && score - ranked.get(1).getValue() < TIE) {
            notes.add("fuzzy match is ambiguous between " + top.label() + " and "
                    + entries.get(ranked.get(1).getKey()).label());
            return null;
        }
        return new Outcome(top, score, "fuzzy", "words of the name resemble " + top.label());
    }

    private static boolean inAny(VariableEntry variable, Set<String> categories) {
        return variable.categoryPath().stream().anyMatch(categories::contains);
    }

    private static String labels(Collection<VariableEntry> variables) {
        return variables.stream().map(VariableEntry::label).distinct().collect(Collectors.joining(", "));
    }

    private static VariableResolution resolved(VariableIndex index, VariableEntry found, double score, String method,
                                               String reason) {
        VariableEntry current = index.current(found);
        String replaced = current == found ? "" : "; " + found.iri() + " is deprecated, replaced by " + current.iri();
        return new VariableResolution(current.iri(), current.label(), current.categoryPath(), score, method, reason + replaced);
    }

    private record Outcome(VariableEntry variable, double score, String method, String reason) {
        VariableResolution toResolution(VariableIndex index, String where) {
            return resolved(index, variable, Math.round(score * 1000) / 1000.0, method, reason + where);
        }
    }
}
