package jp.policygen.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A character-level diff of two texts, cleaned up to units a reader takes in at a glance.
 *
 * <p>Myers' algorithm (as java-diff-utils has it, see {@link Myers}) finds a shortest edit script over characters. Such a script is exact but hard to
 * read in Japanese: 「毎年度」→「年２回」 comes out as 毎 deleted, 年 kept, 度 replaced, and a 傍線 under
 * single characters scattered over a phrase tells the reader nothing. So, as diff-match-patch's
 * {@code diff_cleanupSemantic} does, an unchanged stretch that is no longer than the changes on both sides of it
 * is folded into the change (a lone 「の」 between two changed phrases is underlined with them), and then each run
 * of changes between two unchanged stretches becomes one deletion and one insertion.
 */
public final class TextDiff {

    public enum Op {
        EQUAL, DELETE, INSERT
    }

    /** A stretch of text that is in both versions, only in the old one, or only in the new one. */
    public record Segment(Op op, String text) {
    }

    private TextDiff() {
    }

    /** The cleaned-up diff: old text = EQUAL + DELETE segments, new text = EQUAL + INSERT segments, in order. */
    public static List<Segment> diff(String oldText, String newText) {
        if (oldText.equals(newText)) {
            return oldText.isEmpty() ? List.of() : List.of(new Segment(Op.EQUAL, oldText));
        }
        int[] a = oldText.codePoints().toArray();
        int[] b = newText.codePoints().toArray();
        List<Segment> out = new ArrayList<>();
        int ia = 0;
        for (Myers.Change c : Myers.diff(a, b)) {
            if (c.fromA() > ia) {
                out.add(new Segment(Op.EQUAL, new String(a, ia, c.fromA() - ia)));
            }
            if (c.toA() > c.fromA()) {
                out.add(new Segment(Op.DELETE, new String(a, c.fromA(), c.toA() - c.fromA())));
            }
            if (c.toB() > c.fromB()) {
                out.add(new Segment(Op.INSERT, new String(b, c.fromB(), c.toB() - c.fromB())));
            }
            ia = c.toA();
        }
        if (ia < a.length) {
            out.add(new Segment(Op.EQUAL, new String(a, ia, a.length - ia)));
        }
        return wholeWords(merge(cleanupSemantic(merge(out))));
    }

    /**
     * A change that begins or ends inside a number or a Latin word takes the whole of it: 12文字 → 15文字
     * underlines 12 and 15, not the lone 2 and 5.
     */
    static List<Segment> wholeWords(List<Segment> diffs) {
        List<Segment> out = new ArrayList<>(diffs);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).op() == Op.EQUAL) {
                continue;
            }
            int end = i;
            while (end + 1 < out.size() && out.get(end + 1).op() != Op.EQUAL) {
                end++;
            }
            String del = "";
            String ins = "";
            for (int k = i; k <= end; k++) {
                if (out.get(k).op() == Op.DELETE) {
                    del += out.get(k).text();
                } else {
                    ins += out.get(k).text();
                }
            }
            String before = i > 0 ? out.get(i - 1).text() : "";
            String after = end + 1 < out.size() ? out.get(end + 1).text() : "";
            int take = 0;
            if (startsWord(del) || startsWord(ins)) {
                while (take < before.length() && word(before.charAt(before.length() - 1 - take))) {
                    take++;
                }
            }
            int give = 0;
            if (endsWord(del) || endsWord(ins)) {
                while (give < after.length() && word(after.charAt(give))) {
                    give++;
                }
            }
            if (take == 0 && give == 0) {
                i = end;
                continue;
            }
            String head = before.substring(before.length() - take);
            String tail = after.substring(0, give);
            List<Segment> group = new ArrayList<>();
            if (before.length() > take) {
                group.add(new Segment(Op.EQUAL, before.substring(0, before.length() - take)));
            }
            group.add(new Segment(Op.DELETE, head + del + tail));
            group.add(new Segment(Op.INSERT, head + ins + tail));
            if (after.length() > give) {
                group.add(new Segment(Op.EQUAL, after.substring(give)));
            }
            int from = i > 0 ? i - 1 : i;
            int to = end + 1 < out.size() ? end + 1 : end;
            for (int k = to; k >= from; k--) {
                out.remove(k);
            }
            out.addAll(from, group);
            i = from + group.size() - 1 - (after.length() > give ? 1 : 0);
        }
        return merge(out);
    }

    private static boolean startsWord(String s) {
        return !s.isEmpty() && word(s.charAt(0));
    }

    private static boolean endsWord(String s) {
        return !s.isEmpty() && word(s.charAt(s.length() - 1));
    }

    /** Digits and Latin letters, half- or full-width: the characters that make up numbers and Latin words. */
    private static boolean word(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    /**
     * diff-match-patch's semantic clean-up: an equality no longer than the edits before it and no longer than the
     * edits after it is turned into a deletion plus an insertion, and the scan resumes from the equality before it,
     * since that one may now qualify too.
     */
    static List<Segment> cleanupSemantic(List<Segment> input) {
        List<Segment> diffs = new ArrayList<>(input);
        List<Integer> equalities = new ArrayList<>();
        String lastEquality = null;
        int insBefore = 0;
        int delBefore = 0;
        int insAfter = 0;
        int delAfter = 0;
        int pointer = 0;
        while (pointer < diffs.size()) {
            Segment s = diffs.get(pointer);
            if (s.op() == Op.EQUAL) {
                equalities.add(pointer);
                insBefore = insAfter;
                delBefore = delAfter;
                insAfter = 0;
                delAfter = 0;
                lastEquality = s.text();
            } else {
                if (s.op() == Op.INSERT) {
                    insAfter += length(s.text());
                } else {
                    delAfter += length(s.text());
                }
                if (lastEquality != null && length(lastEquality) <= Math.max(insBefore, delBefore)
                        && length(lastEquality) <= Math.max(insAfter, delAfter)) {
                    int at = equalities.get(equalities.size() - 1);
                    diffs.set(at, new Segment(Op.DELETE, lastEquality));
                    diffs.add(at + 1, new Segment(Op.INSERT, lastEquality));
                    equalities.remove(equalities.size() - 1);
                    if (!equalities.isEmpty()) {
                        equalities.remove(equalities.size() - 1);
                    }
                    pointer = equalities.isEmpty() ? -1 : equalities.get(equalities.size() - 1);
                    insBefore = 0;
                    delBefore = 0;
                    insAfter = 0;
                    delAfter = 0;
                    lastEquality = null;
                }
            }
            pointer++;
        }
        return diffs;
    }

    /** Joins neighbouring equalities, and each run of edits into one deletion followed by one insertion. */
    static List<Segment> merge(List<Segment> diffs) {
        List<Segment> out = new ArrayList<>();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        StringBuilder eq = new StringBuilder();
        for (Segment s : diffs) {
            if (s.text().isEmpty()) {
                continue;
            }
            if (s.op() == Op.EQUAL) {
                flushEdits(out, del, ins);
                eq.append(s.text());
            } else {
                if (eq.length() > 0) {
                    out.add(new Segment(Op.EQUAL, eq.toString()));
                    eq.setLength(0);
                }
                (s.op() == Op.DELETE ? del : ins).append(s.text());
            }
        }
        flushEdits(out, del, ins);
        if (eq.length() > 0) {
            out.add(new Segment(Op.EQUAL, eq.toString()));
        }
        return out;
    }

    private static void flushEdits(List<Segment> out, StringBuilder del, StringBuilder ins) {
        if (del.length() > 0) {
            out.add(new Segment(Op.DELETE, del.toString()));
            del.setLength(0);
        }
        if (ins.length() > 0) {
            out.add(new Segment(Op.INSERT, ins.toString()));
            ins.setLength(0);
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
