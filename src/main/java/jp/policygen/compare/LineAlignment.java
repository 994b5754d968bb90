package jp.policygen.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.policygen.policy.Run;

/**
 * The two cells of a changed clause, line against line (issue 20 item 3). The lines of both versions are matched by
 * their words, not their numbers; then:
 * <ul>
 * <li>a line whose words and number are unchanged is shortened with its unchanged neighbours to one 「（略）」 (the
 * first line — number and caption — always stays);</li>
 * <li>a line whose words changed is shown on both sides, old opposite new, the changed words underlined (傍線) on
 * each side — so the 改正前 column shows the old text of a changed 号, never 「（略）」;</li>
 * <li>a line only in one version is underlined whole on its side;</li>
 * <li>a 号 or 項 whose words stayed but whose number moved (an item inserted before it) shows its number with a
 * double underline (二重傍線) on both sides and 「（略）」 for its words, as national 方式書 practice has it.</li>
 * </ul>
 */
final class LineAlignment {
    /** Below this share of common characters two changed lines are not one line rewritten but one out, one in. */
    private static final double SAME_LINE = 0.3;
    /** Above this many line pairs to weigh, the changed lines are paired in order (a clause rewritten throughout). */
    private static final int MAX_PAIRS = 2500;

    private LineAlignment() {
    }

    /**
     * One version's lines as a cell shows them: per line its runs when shown (null when unchanged), whether it only
     * moved (its number changed, its words did not), and which lines changed in words or came or went.
     */
    record Side(List<ClauseText.Line> lines, List<List<Run>> shown, boolean[] moved, java.util.Set<Integer> changed) {
        /** Every line shown whole and underlined: a provision only in this version. */
        static Side whole(List<ClauseText.Line> lines) {
            List<List<Run>> shown = new ArrayList<>();
            java.util.Set<Integer> changed = new java.util.TreeSet<>();
            for (int k = 0; k < lines.size(); k++) {
                shown.add(LineAlignment.whole(lines.get(k)));
                changed.add(k);
            }
            return new Side(lines, shown, new boolean[lines.size()], changed);
        }
    }

    /** The old and the new side of a changed clause. */
    record Aligned(Side old, Side now) {
    }

    static Aligned align(List<ClauseText.Line> olds, List<ClauseText.Line> news) {
        boolean[] oldMoved = new boolean[olds.size()];
        boolean[] newMoved = new boolean[news.size()];
        java.util.Set<Integer> oldChanged = new java.util.TreeSet<>();
        java.util.Set<Integer> newChanged = new java.util.TreeSet<>();
        List<List<Run>> oldShown = new ArrayList<>(java.util.Collections.nCopies(olds.size(), (List<Run>) null));
        List<List<Run>> newShown = new ArrayList<>(java.util.Collections.nCopies(news.size(), (List<Run>) null));
        int i = 0;
        int j = 0;
        for (Myers.Change d : keyDiff(olds, news)) {
            int oi = d.fromA();
            int nj = d.fromB();
            equal(olds, news, i, j, oi - i, oldShown, newShown, oldMoved, newMoved);
            int oEnd = d.toA();
            int nEnd = d.toB();
            changed(olds.subList(oi, oEnd), news.subList(nj, nEnd), oi, nj, oldShown, newShown);
            for (int k = oi; k < oEnd; k++) {
                oldChanged.add(k);
            }
            for (int k = nj; k < nEnd; k++) {
                newChanged.add(k);
            }
            i = oEnd;
            j = nEnd;
        }
        equal(olds, news, i, j, olds.size() - i, oldShown, newShown, oldMoved, newMoved);
        return new Aligned(new Side(olds, oldShown, oldMoved, oldChanged), new Side(news, newShown, newMoved, newChanged));
    }

    /**
     * Which lines changed or came or went on each side, as {@link #align} finds them, without what a cell shows of
     * them (no line is paired or diffed: shown lines are all null, none moved) — enough for {@link Labels#exact}.
     */
    static Aligned changedLines(List<ClauseText.Line> olds, List<ClauseText.Line> news) {
        java.util.Set<Integer> oldChanged = new java.util.TreeSet<>();
        java.util.Set<Integer> newChanged = new java.util.TreeSet<>();
        for (Myers.Change d : keyDiff(olds, news)) {
            for (int k = d.fromA(); k < d.toA(); k++) {
                oldChanged.add(k);
            }
            for (int k = d.fromB(); k < d.toB(); k++) {
                newChanged.add(k);
            }
        }
        return new Aligned(
                new Side(olds, java.util.Collections.nCopies(olds.size(), null), new boolean[olds.size()], oldChanged),
                new Side(news, java.util.Collections.nCopies(news.size(), null), new boolean[news.size()], newChanged));
    }

    /** The lines of the two versions diffed by their words (keys): each distinct key numbered, then {@link Myers}. */
    private static List<Myers.Change> keyDiff(List<ClauseText.Line> olds, List<ClauseText.Line> news) {
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        int[] a = new int[olds.size()];
        int[] b = new int[news.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = ids.computeIfAbsent(olds.get(k).key(), x -> ids.size());
        }
        for (int k = 0; k < b.length; k++) {
            b[k] = ids.computeIfAbsent(news.get(k).key(), x -> ids.size());
        }
        return Myers.diff(a, b);
    }

    /** The outline form's cell text after the number: the first line (heading) always, then {@link #display}. */
    static List<Run> outline(Side side) {
        List<Run> out = new ArrayList<>();
        if (side.lines().isEmpty()) {
            return out;
        }
        List<Run> first = side.shown().get(0);
        out.addAll(first == null ? List.of(Run.plain(side.lines().get(0).whole())) : first);
        for (List<Run> line : display(side, 1, false)) {
            out.add(Run.plain("\n"));
            out.addAll(line);
        }
        return merge(out);
    }

    /** Lines with the same words: shown only when their number moved, the number double-underlined. */
    private static void equal(List<ClauseText.Line> olds, List<ClauseText.Line> news, int i, int j, int count,
                              List<List<Run>> oldShown, List<List<Run>> newShown, boolean[] oldMoved,
                              boolean[] newMoved) {
        for (int k = 0; k < count; k++) {
            ClauseText.Line o = olds.get(i + k);
            ClauseText.Line n = news.get(j + k);
            if (!o.label().equals(n.label())) {
                oldShown.set(i + k, renumbered(o));
                newShown.set(j + k, renumbered(n));
                oldMoved[i + k] = !o.label().isEmpty() && i + k > 0;
                newMoved[j + k] = !n.label().isEmpty() && j + k > 0;
            }
        }
    }

    private static List<Run> renumbered(ClauseText.Line l) {
        List<Run> out = new ArrayList<>();
        add(out, Run.plain(l.indent()));
        if (l.label().isEmpty()) {
            add(out, Run.plain(l.content()));
            return out;
        }
        add(out, Run.doubled(l.label()));
        add(out, Run.plain(l.separator().isEmpty() ? "　" : l.separator()));
        add(out, Run.plain(Comparer.OMITTED));
        return out;
    }

    /** A stretch of changed lines: each paired with the line of the other version it is most like, or alone. */
    private static void changed(List<ClauseText.Line> olds, List<ClauseText.Line> news, int oi, int nj,
                                List<List<Run>> oldShown, List<List<Run>> newShown) {
        // the diffs the pairing made of the lines it weighed, so a pair's words are not diffed a second time below
        @SuppressWarnings("unchecked")
        List<TextDiff.Segment>[][] diffs = new List[olds.size()][news.size()];
        int[] partner = pairs(olds, news, diffs); // old index → new index, or -1
        boolean[] pairedNew = new boolean[news.size()];
        for (int a = 0; a < olds.size(); a++) {
            int b = partner[a];
            if (b < 0) {
                oldShown.set(oi + a, whole(olds.get(a)));
                continue;
            }
            pairedNew[b] = true;
            ClauseText.Line o = olds.get(a);
            ClauseText.Line n = news.get(b);
            List<TextDiff.Segment> diff = diffs[a][b] != null ? diffs[a][b] : TextDiff.diff(o.content(), n.content());
            oldShown.set(oi + a, line(o, n.label(), Comparer.side(diff, TextDiff.Op.DELETE)));
            newShown.set(nj + b, line(n, o.label(), Comparer.side(diff, TextDiff.Op.INSERT)));
        }
        for (int b = 0; b < news.size(); b++) {
            if (!pairedNew[b]) {
                newShown.set(nj + b, whole(news.get(b)));
            }
        }
    }

    /** A line only in one version: its number and words underlined. */
    static List<Run> whole(ClauseText.Line l) {
        List<Run> out = new ArrayList<>();
        add(out, Run.plain(l.indent()));
        add(out, Run.single(l.label() + l.separator() + l.content()));
        return out;
    }

    /** A changed line: its number double-underlined when the other side's differs, then its words as diffed. */
    private static List<Run> line(ClauseText.Line l, String otherLabel, List<Run> words) {
        List<Run> out = new ArrayList<>();
        add(out, Run.plain(l.indent()));
        if (!l.label().isEmpty()) {
            add(out, l.label().equals(otherLabel) ? Run.plain(l.label())
                    : otherLabel.isEmpty() ? Run.single(l.label()) : Run.doubled(l.label()));
        }
        add(out, Run.plain(l.separator()));
        words.forEach(r -> add(out, r));
        return out;
    }

    private static void add(List<Run> out, Run r) {
        if (!r.text().isEmpty()) {
            out.add(r);
        }
    }

    /**
     * Which old line each new line rewrites: the order-keeping pairing with the most characters in common
     * (dynamic programming over the stretch), a pair counting only when the lines share enough to be one line. The
     * character diffs made to weigh a pair are left in {@code diffs}.
     */
    private static int[] pairs(List<ClauseText.Line> olds, List<ClauseText.Line> news, List<TextDiff.Segment>[][] diffs) {
        int m = olds.size();
        int n = news.size();
        int[] partner = new int[m];
        Arrays.fill(partner, -1);
        if (m == 0 || n == 0) {
            return partner;
        }
        if ((long) m * n > MAX_PAIRS) {
            for (int a = 0; a < Math.min(m, n); a++) {
                partner[a] = a;
            }
            return partner;
        }
        double[][] score = new double[m][n];
        char[][] oldChars = olds.stream().map(l -> sorted(l.content())).toArray(char[][]::new);
        char[][] newChars = news.stream().map(l -> sorted(l.content())).toArray(char[][]::new);
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < n; b++) {
                score[a][b] = score(olds.get(a).content(), oldChars[a], news.get(b).content(), newChars[b], diffs[a], b);
            }
        }
        double[][] best = new double[m + 1][n + 1];
        for (int a = m - 1; a >= 0; a--) {
            for (int b = n - 1; b >= 0; b--) {
                double pair = score[a][b] >= SAME_LINE ? score[a][b] + best[a + 1][b + 1] : -1;
                best[a][b] = Math.max(pair, Math.max(best[a + 1][b], best[a][b + 1]));
            }
        }
        int a = 0;
        int b = 0;
        while (a < m && b < n) {
            if (score[a][b] >= SAME_LINE && best[a][b] == score[a][b] + best[a + 1][b + 1]) {
                partner[a++] = b++;
            } else if (best[a][b] == best[a + 1][b]) {
                a++;
            } else {
                b++;
            }
        }
        return partner;
    }

    /**
     * {@link #similarity} where it decides something: below {@link #SAME_LINE} a score only says "not one line", so a
     * pair that the characters the two lines share at all (as multisets, {@code xs} and {@code ys} their sorted
     * characters) keep below it is not diffed — the diff's characters in common are some of those — and a line
     * equal to the other is 1 without a diff. The pairs found are the same; most pairs of a long clause are one of
     * the two.
     */
    private static double score(String x, char[] xs, String y, char[] ys, List<TextDiff.Segment>[] diffs, int at) {
        int both = x.length() + y.length();
        if (both > 0 && 2.0 * shared(xs, ys) / both < SAME_LINE) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        List<TextDiff.Segment> diff = TextDiff.diff(x, y);
        diffs[at] = diff;
        return similarity(diff, x, y);
    }

    private static char[] sorted(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return c;
    }

    /** The size of the multiset intersection of two sorted character arrays. */
    private static int shared(char[] xs, char[] ys) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < xs.length && j < ys.length) {
            if (xs[i] == ys[j]) {
                n++;
                i++;
                j++;
            } else if (xs[i] < ys[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Characters in common over the characters of both, 0 to 1. */
    static double similarity(String x, String y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        return similarity(TextDiff.diff(x, y), x, y);
    }

    /** {@link #similarity(String, String)} of the diff of two texts not both empty. */
    private static double similarity(List<TextDiff.Segment> diff, String x, String y) {
        int common = 0;
        for (TextDiff.Segment s : diff) {
            if (s.op() == TextDiff.Op.EQUAL) {
                common += s.text().length();
            }
        }
        return 2.0 * common / (x.length() + y.length());
    }

    /**
     * The lines of one side from {@code from} on as a cell shows them: every shown line, each run of hidden lines as
     * one 「（略）」 (none for hidden lines at the start when {@code absorbed}: a 「（略）」 before them stands for them);
     * consecutive 号 that only moved share one line, 「カ～コ　（略）」 (two: 「カ・キ」), their numbers double-underlined.
     */
    static List<List<Run>> display(Side side, int from, boolean absorbed) {
        List<ClauseText.Line> lines = side.lines();
        List<List<Run>> out = new ArrayList<>();
        boolean skipping = absorbed;
        for (int k = from; k < lines.size(); k++) {
            List<Run> line = side.shown().get(k);
            if (line == null) {
                if (!skipping) {
                    out.add(List.of(Run.plain(Comparer.OMITTED)));
                    skipping = true;
                }
                continue;
            }
            skipping = false;
            if (side.moved()[k]) {
                int last = k;
                while (last + 1 < lines.size() && side.moved()[last + 1]
                        && lines.get(last + 1).indent().equals(lines.get(k).indent())) {
                    last++;
                }
                if (last > k) {
                    ClauseText.Line first = lines.get(k);
                    String range = first.label() + (last == k + 1 ? "・" : "～") + lines.get(last).label();
                    line = new ArrayList<>();
                    add(line, Run.plain(first.indent()));
                    add(line, Run.doubled(range));
                    add(line, Run.plain("　" + Comparer.OMITTED));
                    k = last;
                }
            }
            out.add(line);
        }
        return out;
    }

    /** Neighbouring runs of one look joined, so writers and tests see the words whole. */
    static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.isEmpty() && out.get(out.size() - 1).underline() == r.underline()) {
                Run last = out.remove(out.size() - 1);
                out.add(new Run(last.text() + r.text(), r.underline()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
