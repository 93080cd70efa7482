package fr.ozcar.insitu.thesaurus.resolve;

import java.util.List;

/** How alike two words, and two lists of words, are: exact, one typo, two typos in a long word, or abbreviated. */
final class WordSimilarity {

    private WordSimilarity() {
    }

    /** 1 for the same word; 0.9 one edit apart (4+ letters); 0.8 two edits apart (8+ letters) or an abbreviation (prefix of 4+ letters); else 0. */
    static double of(String word, String other) {
        if (word.equals(other)) {
            return 1;
        }
        if (word.length() >= 4 && other.startsWith(word)) {
            return 0.8;
        }
        int shorter = Math.min(word.length(), other.length());
        // no typo tolerance under 4 letters: there a letter more or less is another word or formula
        // (CO2 / NO2, sol / soil)
        if (shorter < 4 || Math.abs(word.length() - other.length()) > 2) {
            return 0;
        }
        int distance = distance(word, other, 2);
        if (distance == 1) {
            return 0.9;
        }
        return distance == 2 && shorter >= 8 ? 0.8 : 0;
    }

    /**
     * Dice coefficient over words: each producer word (given as its similar label words, see
     * {@link VariableIndex#near}) matched to its most similar, still unmatched, word of the label.
     */
    static double dice(List<java.util.Map<String, Double>> words, List<String> label) {
        if (words.isEmpty() || label.isEmpty()) {
            return 0;
        }
        boolean[] used = new boolean[label.size()];
        double matched = 0;
        for (java.util.Map<String, Double> near : words) {
            int bestAt = -1;
            double best = 0;
            for (int i = 0; i < label.size(); i++) {
                if (!used[i]) {
                    double similarity = near.getOrDefault(label.get(i), 0.0);
                    if (similarity > best) {
                        best = similarity;
                        bestAt = i;
                    }
                }
            }
            if (bestAt >= 0) {
                used[bestAt] = true;
                matched += best;
            }
        }
        return 2 * matched / (words.size() + label.size());
    }

    /** Optimal-string-alignment distance, giving up (returning limit + 1) beyond {@code limit}; three rows only. */
    static int distance(String a, String b, int limit) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int rowMin = row[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    row[j] = Math.min(row[j], beforePrevious[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, row[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = row;
            row = recycled;
        }
        return previous[b.length()];
    }
}
