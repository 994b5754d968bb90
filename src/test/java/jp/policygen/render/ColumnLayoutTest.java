package jp.policygen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

/** How table width is shared among columns, so that short labels stay on one line. */
class ColumnLayoutTest {
    /** One full-width character at 10.5 pt, in twips, as the Word writer measures. */
    private static final double CHAR = 210;
    /** The text width of A4 with 25 mm side margins, in twips. */
    private static final double PORTRAIT = 9072;
    private static final double LANDSCAPE = 14004;
    private static final String LONG = "行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、漏えいした場合に"
            + "個人の権利利益を著しく侵害し、又は行政事務の遂行に重大な支障を及ぼすおそれがあるもの";

    /** A monospaced Japanese face: ASCII half a character, everything else a full one. */
    private static double width(String text) {
        return text.codePoints().mapToDouble(cp -> cp < 0x80 ? CHAR / 2 : CHAR).sum();
    }

    private static double[] layout(List<String> header, List<List<String>> rows, double total) {
        return ColumnLayout.widths(header, rows, total, ColumnLayoutTest::width, CHAR, CHAR);
    }

    /**
     * A 権限・責任等一覧表 measured in twips divided by {@code scale}: one column of duties, ten short columns of
     * 承認 under long role names, one of them holding 自治体機密性3A.
     */
    private static double[] roleMatrix(double total, double scale) {
        jp.policygen.policy.Block.Table matrix = jp.policygen.policy.SampleDocuments.roleMatrix();
        List<String> header = matrix.header();
        List<List<String>> rows = matrix.rows();
        return ColumnLayout.widths(header, rows, total / scale, t -> width(t) / scale, CHAR / scale, CHAR / scale);
    }

    @Test
    void shortColumnKeepsItsLineBesideLongText() {
        double[] widths = layout(List.of("分類", "分類基準", "取扱い"), List.of(List.of("自治体機密性3A", LONG, LONG)),
                PORTRAIT);
        assertTrue(widths[0] >= width("自治体機密性3A") + CHAR, Arrays.toString(widths));
        assertTrue(widths[1] > widths[0], Arrays.toString(widths));
    }

    @Test
    void halfWidthWordsFitEvenInAWideTable() {
        List<String> header = new ArrayList<>(Collections.nCopies(11, "情報セキュリティ委員会の委員"));
        header.add("CSIRT");
        double[] widths = layout(header, List.of(), LANDSCAPE);
        assertTrue(widths[11] >= width("CSIRT") + CHAR - 1e-6, Arrays.toString(widths));
    }

    @Test
    void bracketsStayWithTheHalfWidthWordTheyEnclose() {
        List<String> header = new ArrayList<>(Collections.nCopies(11, "情報セキュリティ委員会の委員"));
        header.add("責任者（CISO）");
        double[] widths = layout(header, List.of(), LANDSCAPE);
        assertTrue(widths[11] >= width("（CISO）") + CHAR - 1e-6, Arrays.toString(widths));
    }

    @Test
    void descriptiveColumnOfARoleMatrixIsTheWidestAndShortColumnsKeepTheirLine() {
        double[] widths = roleMatrix(LANDSCAPE, 1);
        for (int i = 1; i < widths.length; i++) {
            assertTrue(widths[0] > widths[i], "事項 is the widest: " + Arrays.toString(widths));
        }
        assertTrue(widths[0] > 2 * widths[1], Arrays.toString(widths));
        assertTrue(widths[1] >= 4 * CHAR, "room for the role name to wrap: " + Arrays.toString(widths));
        assertTrue(widths[3] >= width("自治体機密性3A") + CHAR, Arrays.toString(widths));
    }

    @Test
    void aHeaderInAWiderFaceIsMeasuredInItsOwnFace() {
        List<String> header = List.of("改定日", "内容");
        List<List<String>> rows = List.of(List.of("令和8年4月1日", "改定"));
        ToDoubleFunction<String> wide = text -> 2 * width(text);
        double[] widths = ColumnLayout.widths(header, rows, PORTRAIT, wide, ColumnLayoutTest::width, CHAR, CHAR);
        double[] same = layout(header, rows, PORTRAIT);
        assertTrue(widths[1] > same[1], "内容 measured in the wider face: " + Arrays.toString(widths));
    }

    @Test
    void columnsFillTheTableWidthExactly() {
        double[] widths = layout(List.of("改定日", "改定内容"), List.of(List.of("令和8年4月1日", "改定")), PORTRAIT);
        assertEquals(PORTRAIT, Arrays.stream(widths).sum(), 1e-6);
        assertTrue(widths[0] >= width("令和8年4月1日") + CHAR, Arrays.toString(widths));
        for (double total : new double[] {PORTRAIT, LANDSCAPE, 5000, 1000}) {
            assertEquals(total, Arrays.stream(roleMatrix(total, 1)).sum(), 1e-6);
        }
    }

    @Test
    void naturalWidthsAreKeptInProportionWhenEverythingFits() {
        double[] widths = layout(List.of("分類", "取扱い"), List.of(List.of("機密性2", "持出し禁止")), PORTRAIT);
        double first = width("機密性2") + CHAR;
        double second = width("持出し禁止") + CHAR;
        assertEquals(first / second, widths[0] / widths[1], 1e-9);
    }

    @Test
    void theUnitIsTheCallers() {
        double[] twips = roleMatrix(LANDSCAPE, 1);
        double[] points = roleMatrix(LANDSCAPE, 20);
        for (int i = 0; i < twips.length; i++) {
            assertEquals(twips[i] / 20, points[i], 1e-6);
        }
    }
}
