package fr.ozcar.insitu.thesaurus.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How labels and producer names are compared: case, accents, punctuation and filler words do not count. */
public final class LabelText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    // In a producer's name "mean"/"moyenne" say nothing: every value of a series is an average over its
    // time step, so "Mean air temperature" is the air temperature, not the daily mean one.
    private static final Set<String> AVERAGING = Set.of("mean", "average", "avg", "moyenne", "moyen", "moy");
    private static final Set<String> FILLER = Set.of(
            "of", "the", "at", "in", "a", "an", "and", "on", "for", "to", "by",
            "de", "du", "des", "la", "le", "les", "l", "d", "en", "dans", "au", "aux", "et", "sur", "par");

    private LabelText() {
    }

    /** Lower case, no accents, words separated by single spaces: "Température de l'air" → "temperature de l air". */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("µ", "u").replace("μ", "u");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The significant words of a normalized label, filler words ("of", "de", "l'") left out. */
    public static List<String> tokens(String normalized) {
        return tokens(normalized, Set.of());
    }

    /** The significant words of a normalized producer name: also without "mean", "average", "moyenne". */
    public static List<String> nameTokens(String normalized) {
        return tokens(normalized, AVERAGING);
    }

    private static List<String> tokens(String normalized, Set<String> alsoIgnored) {
        List<String> tokens = new ArrayList<>();
        for (String word : normalized.split(" ")) {
            if (!word.isEmpty() && !FILLER.contains(word) && !alsoIgnored.contains(word)) {
                tokens.add(word);
            }
        }
        return tokens;
    }
}
