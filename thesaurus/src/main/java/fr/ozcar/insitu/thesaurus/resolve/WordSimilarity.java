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

    /** Dice coefficient over words, each word of {@code a} matched to its most similar word of {@code b}. */
    static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        boolean[] used = new boolean[b.size()];
        double matched = 0;
        for (String word : a) {
            int bestAt = -1;
            double best = 0;
            for (int i = 0; i < b.size(); i++) {
                if (!used[i]) {
                    double similarity = of(word, b.get(i));
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
        return 2 * matched / (a.size() + b.size());
    }

    /** Optimal-string-alignment distance, giving up (returning limit + 1) beyond {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
