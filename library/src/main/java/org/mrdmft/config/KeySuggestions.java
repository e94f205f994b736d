package org.mrdmft.config;

import java.util.List;
import java.util.Locale;

/** "Did you mean ...?" hints for misspelt keys and choices, by edit distance. */
final class KeySuggestions {
    private KeySuggestions() {
    }

    /** The message for an unknown key: the closest known key if it is close, and the known keys. */
    static String unknownKey(String key, List<String> known) {
        return "unknown key '" + key + "'" + didYouMean(key, known) + " (known keys here: " + String.join(", ", known)
                + ")";
    }

    /** "; did you mean 'x'?" when one candidate is close to {@code s}, else the empty string. */
    static String didYouMean(String s, List<String> candidates) {
        String best = closest(s, candidates);
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /**
     * The candidate closest to s, if it is close: same letters ignoring case, '_' and '-' (so
     * {@code cross_disorder} finds {@code crossDisorder}), or an edit distance of at most 1 (short keys) or 2.
     */
    static String closest(String s, List<String> candidates) {
        String ns = normalise(s);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(ns, normalise(c));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = ns.length() <= 3 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    private static String normalise(String s) {
        return s.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
