package jp.policygen.render;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Shares a table's width among its columns, in the spirit of a browser's automatic table layout; the Word and
 * the PDF writer both use it, each in its own unit (twips, points). Each column has three widths, including the
 * cell padding:
 * <ul>
 * <li>hard: its longest half-width word (CSIRT, ISMAP) with the brackets and punctuation that line breaking
 * keeps with it (（CISO）), which is not broken;</li>
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
public final class ColumnLayout {
    static final int COMFORTABLE_CHARS = 8;
    static final int HEADER_CHARS = 4;
    /** Full-width brackets that may not end a line. */
    private static final String OPENING = "「『（【〔［｛〈《〘〖〝‘“";
    /** Full-width closing brackets and punctuation that may not start a line. */
    private static final String CLOSING = "、。，．：；！？）］｝〕〉》」』】〙〗〟’”";

    private ColumnLayout() {
    }

    /** The total shared in proportion to the weights (a table that fixes its columns' shares). */
    public static double[] weighted(List<Double> weights, double total) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        return weights.stream().mapToDouble(w -> total * w / sum).toArray();
    }

    /**
     * Column widths summing to {@code total}, header and body measured alike.
     *
     * @param measure  width of one line of text, in the caller's unit
     * @param fullChar width of one full-width character in that unit
     * @param padding  left plus right cell padding in that unit
     */
    public static double[] widths(List<String> header, List<List<String>> rows, double total,
            ToDoubleFunction<String> measure, double fullChar, double padding) {
        return widths(header, rows, total, measure, measure, fullChar, padding);
    }

    /**
     * Column widths summing to {@code total}, for a header set in another font than the body.
     *
     * @param headerMeasure width of one line of a header cell, in the caller's unit
     * @param bodyMeasure   width of one line of a body cell, in that unit
     * @param fullChar      width of one full-width character in that unit
     * @param padding       left plus right cell padding in that unit
     */
    public static double[] widths(List<String> header, List<List<String>> rows, double total,
            ToDoubleFunction<String> headerMeasure, ToDoubleFunction<String> bodyMeasure, double fullChar,
            double padding) {
        int n = Math.max(1, header.size());
        double[] headerWidth = widest(List.of(header), n, headerMeasure);
        double[] bodyWidth = rows.isEmpty() ? headerWidth : widest(rows, n, bodyMeasure);
        double[] headerWords = widest(List.of(header), n, line -> longestWord(line, headerMeasure, fullChar));
        double[] bodyWords = widest(rows, n, line -> longestWord(line, bodyMeasure, fullChar));
        double[] hard = new double[n];
        double[] comfortable = new double[n];
        double[] natural = new double[n];
        for (int i = 0; i < n; i++) {
            hard[i] = Math.max(headerWords[i], bodyWords[i]) + padding;
            comfortable[i] = Math.max(hard[i], Math.max(Math.min(bodyWidth[i], COMFORTABLE_CHARS * fullChar),
                    Math.min(headerWidth[i], HEADER_CHARS * fullChar)) + padding);
            natural[i] = Math.max(bodyWidth[i] + padding, comfortable[i]);
        }
        return share(total, hard, comfortable, natural);
    }

    /** For each column, the largest measure of any of its lines. */
    private static double[] widest(List<List<String>> rows, int n, ToDoubleFunction<String> measure) {
        double[] widest = new double[n];
        for (List<String> row : rows) {
            for (int i = 0; i < n && i < row.size(); i++) {
                for (String line : row.get(i).split("\\R", -1)) {
                    widest[i] = Math.max(widest[i], measure.applyAsDouble(line));
                }
            }
        }
        return widest;
    }

    private static double[] share(double total, double[] hard, double[] comfortable, double[] natural) {
        if (sum(natural) <= total) {
            return fill(total, new double[natural.length], natural);
        }
        if (sum(comfortable) <= total) {
            return fill(total, comfortable, difference(natural, comfortable));
        }
        if (sum(hard) <= total) {
            return fill(total, hard, difference(comfortable, hard));
        }
        return fill(total, new double[hard.length], hard);
    }

    /** base plus the remaining width shared in proportion to weights; the last column takes the rounding. */
    private static double[] fill(double total, double[] base, double[] weights) {
        int n = base.length;
        double spare = total - sum(base);
        double totalWeight = sum(weights);
        double[] widths = new double[n];
        double used = 0;
        for (int i = 0; i < n - 1; i++) {
            double share = totalWeight == 0 ? spare / n : spare * weights[i] / totalWeight;
            widths[i] = base[i] + share;
            used += widths[i];
        }
        widths[n - 1] = total - used;
        return widths;
    }

    /**
     * Width of the longest half-width word of a line: a run of ASCII characters without a space, together with the
     * full-width opening brackets before it and the closing brackets and punctuation after it, which Japanese
     * line breaking (禁則) does not separate from it. Its half-width characters count half a full-width
     * character each, or more if the face is wider; its brackets count as measured.
     */
    private static double longestWord(String line, ToDoubleFunction<String> measure, double fullChar) {
        double longest = 0;
        int i = 0;
        while (i < line.length()) {
            if (!isWordChar(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && isWordChar(line.charAt(i))) {
                i++;
            }
            int from = start;
            while (from > 0 && OPENING.indexOf(line.charAt(from - 1)) >= 0) {
                from--;
            }
            int to = i;
            while (to < line.length() && CLOSING.indexOf(line.charAt(to)) >= 0) {
                to++;
            }
            double word = Math.max((i - start) * fullChar / 2, measure.applyAsDouble(line.substring(start, i)));
            double brackets = measure.applyAsDouble(line.substring(from, start) + line.substring(i, to));
            longest = Math.max(longest, word + brackets);
        }
        return longest;
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && !Character.isWhitespace(c);
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
