package jp.policygen.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Shares a table's width among its columns, in the spirit of a browser's automatic table layout. Each column has
 * three widths, in twips and including the cell margins:
 * <ul>
 * <li>hard: its longest half-width word (CSIRT, ISMAP), which Word will not break;</li>
 * <li>comfortable: its longest body line up to {@link #COMFORTABLE_CHARS} characters, and room for its header to
 * wrap at {@link #HEADER_CHARS} characters a line;</li>
 * <li>natural: its longest body line.</li>
 * </ul>
 * The table gets the natural widths when they fit (scaled up to fill); otherwise every column first gets as much
 * of its comfortable width as fits, and the rest goes to the columns with long text. A short column such as
 * 自治体機密性3A thereby keeps its line while long descriptions wrap, and in a matrix of roles (承認, 実施 under
 * long role names) the descriptive column is not squeezed to make the headers fit on one line: the header row
 * is printed once per page, the body on every row.
 */
final class ColumnWidths {
    private static final int COMFORTABLE_CHARS = 8;
    private static final int HEADER_CHARS = 4;
    /** Left and right cell margins of the Normal Table style (99 twips each), rounded up to a character. */
    private static final int PADDING = Wml.CHAR;

    private ColumnWidths() {
    }

    static int[] of(List<String> header, List<List<String>> rows, int width) {
        int n = Math.max(1, header.size());
        int[] headerWidth = widest(List.of(header), n, TextWidth::twips);
        int[] bodyWidth = widest(rows.isEmpty() ? List.of(header) : rows, n, TextWidth::twips);
        int[] hardWords = widest(concat(rows, header), n, ColumnWidths::longestWord);
        int[] hard = new int[n];
        int[] comfortable = new int[n];
        int[] natural = new int[n];
        for (int i = 0; i < n; i++) {
            hard[i] = hardWords[i] + PADDING;
            comfortable[i] = Math.max(hard[i], Math.max(Math.min(bodyWidth[i], COMFORTABLE_CHARS * Wml.CHAR),
                    Math.min(headerWidth[i], HEADER_CHARS * Wml.CHAR)) + PADDING);
            natural[i] = Math.max(bodyWidth[i] + PADDING, comfortable[i]);
        }
        return share(width, hard, comfortable, natural);
    }

    /** For each column, the largest measure of any of its lines. */
    private static int[] widest(List<List<String>> rows, int n, ToIntFunction<String> measure) {
        int[] widest = new int[n];
        for (List<String> row : rows) {
            for (int i = 0; i < n && i < row.size(); i++) {
                for (String line : row.get(i).split("\n")) {
                    widest[i] = Math.max(widest[i], measure.applyAsInt(line));
                }
            }
        }
        return widest;
    }

    private static List<List<String>> concat(List<List<String>> rows, List<String> header) {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private static int[] share(int width, int[] hard, int[] comfortable, int[] natural) {
        if (sum(natural) <= width) {
            return fill(width, new int[natural.length], natural);
        }
        if (sum(comfortable) <= width) {
            return fill(width, comfortable, difference(natural, comfortable));
        }
        if (sum(hard) <= width) {
            return fill(width, hard, difference(comfortable, hard));
        }
        return fill(width, new int[hard.length], hard);
    }

    /** base plus the remaining width shared in proportion to weights; the last column takes the rounding. */
    private static int[] fill(int width, int[] base, int[] weights) {
        int n = base.length;
        int spare = width - sum(base);
        int totalWeight = sum(weights);
        int[] widths = new int[n];
        int used = 0;
        for (int i = 0; i < n - 1; i++) {
            long share = totalWeight == 0 ? spare / n : (long) spare * weights[i] / totalWeight;
            widths[i] = base[i] + (int) share;
            used += widths[i];
        }
        widths[n - 1] = width - used;
        return widths;
    }

    /** Width of the longest run of half-width characters without a space, in twips. */
    private static int longestWord(String line) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean wordChar = c < 0x80 && !Character.isWhitespace(c);
            current = wordChar ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        return longest * Wml.CHAR / 2;
    }

    private static int[] difference(int[] a, int[] b) {
        int[] d = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}
