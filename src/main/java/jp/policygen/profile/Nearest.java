package jp.policygen.profile;

import java.util.Collection;
import java.util.Optional;

/** Finds the known name closest to a mistyped one, for 「'staf' は不明な項目です。'staff' ですか？」. */
public final class Nearest {
    private Nearest() {
    }

    private static final int MAX_LENGTH = 100;

    /**
     * Values an author writes from the guideline's or the town hall's words, which no spelling distance finds:
     * the model's Greek letter (α, α'), a body's kind in romaji or kanji (machi, 町).
     */
    private static final java.util.Map<String, String> ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry("α", "alpha"), java.util.Map.entry("α'", "alpha-prime"),
            java.util.Map.entry("α’", "alpha-prime"), java.util.Map.entry("β", "beta"),
            java.util.Map.entry("β'", "beta-prime"), java.util.Map.entry("β’", "beta-prime"),
            java.util.Map.entry("alpha'", "alpha-prime"), java.util.Map.entry("beta'", "beta-prime"),
            java.util.Map.entry("machi", "town"), java.util.Map.entry("cho", "town"), java.util.Map.entry("町", "town"),
            java.util.Map.entry("mura", "village"), java.util.Map.entry("son", "village"),
            java.util.Map.entry("村", "village"), java.util.Map.entry("shi", "city"), java.util.Map.entry("市", "city"),
            java.util.Map.entry("ken", "prefecture"), java.util.Map.entry("県", "prefecture"),
            java.util.Map.entry("都", "prefecture"), java.util.Map.entry("道", "prefecture"),
            java.util.Map.entry("府", "prefecture"), java.util.Map.entry("ku", "special-ward"),
            java.util.Map.entry("特別区", "special-ward"), java.util.Map.entry("区", "special-ward"),
            java.util.Map.entry("政令市", "designated-city"), java.util.Map.entry("指定都市", "designated-city"),
            java.util.Map.entry("中核市", "core-city"));

    public static Optional<String> of(String wrong, Collection<String> known) {
        String alias = ALIASES.get(java.text.Normalizer.normalize(wrong.strip(), java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
        if (alias != null && known.contains(alias)) {
            return Optional.of(alias);
        }
        if (wrong.length() > MAX_LENGTH) {
            return Optional.empty(); // nothing that long is a typo of a key, and comparing it would be slow
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(wrong, k);
            if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // A suggestion must be plausible: at most a third of the name changed, or the one a prefix of the other.
        int limit = Math.max(2, Math.max(wrong.length(), best.length()) / 3);
        boolean prefix = !wrong.isEmpty() && (best.startsWith(wrong) || wrong.startsWith(best));
        return bestDistance <= limit || prefix ? Optional.of(best) : Optional.empty();
    }

    /** Damerau–Levenshtein (optimal string alignment) distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
