package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How table width is shared among columns, so that short labels stay on one line. */
class DocxWriterTableLayoutTest {
    private static final int PORTRAIT_TEXT_WIDTH = PageLayout.a4(false).textWidth();
    private static final String LONG = "行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、漏えいした場合に"
            + "個人の権利利益を著しく侵害し、又は行政事務の遂行に重大な支障を及ぼすおそれがあるもの";

    @Test
    void shortColumnKeepsItsLineBesideLongText() {
        int[] widths = ColumnWidths.of(List.of("分類", "分類基準", "取扱い"),
                List.of(List.of("自治体機密性3A", LONG, LONG)), PORTRAIT_TEXT_WIDTH);
        assertTrue(widths[0] >= TextWidth.twips("自治体機密性3A") + Wml.CHAR, Arrays.toString(widths));
        assertTrue(widths[1] > widths[0], Arrays.toString(widths));
    }

    @Test
    void halfWidthWordsFitEvenInAWideTable() {
        List<String> header = Collections.nCopies(11, "情報セキュリティ委員会の委員");
        List<String> withCsirt = new ArrayList<>(header);
        withCsirt.add("CSIRT");
        int[] widths = ColumnWidths.of(withCsirt, List.of(), PageLayout.a4(true).textWidth());
        assertTrue(widths[11] >= TextWidth.twips("CSIRT") + Wml.CHAR, Arrays.toString(widths));
    }

    @Test
    void descriptiveColumnOfARoleMatrixIsNotSqueezedByLongRoleNames() {
        List<String> header = new ArrayList<>(List.of("事項"));
        header.addAll(Collections.nCopies(10, "情報セキュリティ委員会"));
        List<String> row = new ArrayList<>(List.of("情報セキュリティポリシーの決定及び見直し"));
        row.addAll(Collections.nCopies(10, "承認"));
        int[] widths = ColumnWidths.of(header, List.of(row, row, row), PageLayout.a4(true).textWidth());
        assertTrue(widths[0] > 2 * widths[1], Arrays.toString(widths));
        assertTrue(widths[1] >= 4 * Wml.CHAR, "room for the role name to wrap: " + Arrays.toString(widths));
    }

    @Test
    void columnsFillTheTableWidthExactly() {
        int[] widths = ColumnWidths.of(List.of("改定日", "改定内容"), List.of(List.of("令和8年4月1日", "改定")),
                PORTRAIT_TEXT_WIDTH);
        assertEquals(PORTRAIT_TEXT_WIDTH, Arrays.stream(widths).sum());
        assertTrue(widths[0] >= TextWidth.twips("令和8年4月1日") + Wml.CHAR, Arrays.toString(widths));
    }
}
