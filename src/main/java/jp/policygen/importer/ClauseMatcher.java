package jp.policygen.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs each paragraph of the body with a paragraph of the catalog by text and by order together. Text: Dice's
 * coefficient of character bigrams of the normalised text, the candidates found through an index of bigrams (so a
 * paragraph is compared with those that share words with it, not with all of them). Order: a Viterbi pass over the
 * body's paragraphs prefers a candidate that follows the previous paragraph's one in the catalog, so that among
 * similar paragraphs the one in the right place wins, while a paragraph moved far keeps its match when its text is
 * clearly the same. A paragraph whose best is below the threshold is the body's own (独自).
 */
final class ClauseMatcher {
    /** Below this Dice, a pair is chance: the body's paragraph is its own. */
    static final double THRESHOLD = 0.42;
    private static final int CANDIDATES = 8;
    private static final double NEXT = 0.25;
    private static final double NEAR = 0.12;

    record BodyPara(int index, int unit, int para, String text, String key, int[] grams) {
    }

    /**
     * @param catalogPara the catalog paragraph each body paragraph was matched to, -1 when none
     * @param similarity  its Dice similarity (0 when none)
     * @param score       the sum of similarities (to compare editions)
     */
    record Result(int[] catalogPara, double[] similarity, double score) {
    }

    private final CatalogText catalog;
    private final Map<Integer, int[]> postings = new HashMap<>();

    ClauseMatcher(CatalogText catalog) {
        this.catalog = catalog;
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (CatalogText.Para p : catalog.paras) {
            for (int g : p.grams()) {
                lists.computeIfAbsent(g, k -> new ArrayList<>()).add(p.index());
            }
        }
        lists.forEach((g, l) -> postings.put(g, l.stream().mapToInt(Integer::intValue).toArray()));
    }

    static List<BodyPara> paras(BodyText body) {
        List<BodyPara> out = new ArrayList<>();
        for (BodyUnit u : body.units()) {
            if (u.level() == Level.SUPPLEMENT || u.level() == Level.APPENDIX) {
                continue;
            }
            for (int i = 0; i < u.paragraphs().size(); i++) {
                String key = Norm.key(u.paragraphs().get(i));
                out.add(new BodyPara(out.size(), u.index(), i, u.paragraphs().get(i), key, Norm.grams(key)));
            }
        }
        return out;
    }

    /** The best catalog paragraphs for one body paragraph, best first (index, similarity pairs). */
    private double[][] candidates(BodyPara b, int[] shared) {
        List<Integer> touched = new ArrayList<>();
        for (int g : b.grams()) {
            int[] list = postings.get(g);
            if (list == null) {
                continue;
            }
            for (int c : list) {
                if (shared[c]++ == 0) {
                    touched.add(c);
                }
            }
        }
        double[][] best = new double[touched.size()][];
        int n = 0;
        for (int c : touched) {
            double dice = 2.0 * shared[c] / (b.grams().length + catalog.paras.get(c).grams().length);
            shared[c] = 0;
            if (dice >= THRESHOLD * 0.75) {
                best[n++] = new double[] {c, dice};
            }
        }
        double[][] out = Arrays.copyOf(best, n);
        Arrays.sort(out, (x, y) -> Double.compare(y[1], x[1]));
        return Arrays.copyOf(out, Math.min(CANDIDATES, out.length));
    }

    Result match(List<BodyPara> body) {
        int n = body.size();
        int[] shared = new int[catalog.paras.size()];
        double[][][] cands = new double[n][][];
        for (int i = 0; i < n; i++) {
            cands[i] = candidates(body.get(i), shared);
        }
        // Viterbi: state k < cands[i].length is that candidate, state cands[i].length is "none"
        double[][] score = new double[n][];
        int[][] back = new int[n][];
        int[][] pos = new int[n][]; // the catalog paragraph the path last matched (carried through "none")
        for (int i = 0; i < n; i++) {
            int states = cands[i].length + 1;
            score[i] = new double[states];
            back[i] = new int[states];
            pos[i] = new int[states];
            for (int k = 0; k < states; k++) {
                boolean none = k == cands[i].length;
                double own = none ? THRESHOLD : cands[i][k][1];
                int at = none ? -1 : (int) cands[i][k][0];
                if (i == 0) {
                    score[i][k] = own;
                    back[i][k] = -1;
                    pos[i][k] = at;
                    continue;
                }
                double bestScore = Double.NEGATIVE_INFINITY;
                int bestPrev = 0;
                for (int p = 0; p < score[i - 1].length; p++) {
                    int last = pos[i - 1][p];
                    double bonus = 0;
                    if (!none && last >= 0) {
                        int d = at - last;
                        bonus = d == 1 || d == 0 ? NEXT : d > 1 && d <= 6 ? NEAR : 0;
                    }
                    double s = score[i - 1][p] + bonus;
                    if (s > bestScore) {
                        bestScore = s;
                        bestPrev = p;
                    }
                }
                score[i][k] = bestScore + own;
                back[i][k] = bestPrev;
                pos[i][k] = none ? pos[i - 1][bestPrev] : at;
            }
        }
        int[] chosen = new int[n];
        double[] sim = new double[n];
        double total = 0;
        if (n > 0) {
            int k = 0;
            for (int s = 1; s < score[n - 1].length; s++) {
                if (score[n - 1][s] > score[n - 1][k]) {
                    k = s;
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                boolean none = k == cands[i].length;
                chosen[i] = none ? -1 : (int) cands[i][k][0];
                sim[i] = none ? 0 : cands[i][k][1];
                total += sim[i];
                k = back[i][k];
            }
        }
        return new Result(chosen, sim, total);
    }

    /** A quick score for choosing among editions and models: each body paragraph's best similarity, summed. */
    double quickScore(List<BodyPara> body) {
        int[] shared = new int[catalog.paras.size()];
        double total = 0;
        for (BodyPara b : body) {
            double[][] c = candidates(b, shared);
            total += c.length == 0 ? 0 : c[0][1];
        }
        return total;
    }
}
