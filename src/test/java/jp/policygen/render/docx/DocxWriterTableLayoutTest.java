package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.junit.jupiter.api.Test;

/** The Word table's grid follows the shared column layout, in whole twips that add up to the table width. */
class DocxWriterTableLayoutTest {
    private static final List<String> ROLES = List.of("最高情報セキュリティ責任者（CISO）", "統括情報セキュリティ責任者",
            "情報セキュリティ責任者", "情報セキュリティ管理者", "情報システム管理者", "情報システム担当者", "職員等",
            "情報セキュリティ委員会", "CSIRT", "情報セキュリティ監査統括責任者");

    @Test
    void descriptiveColumnOfARoleMatrixIsTheWidestAndShortColumnsKeepTheirLine() {
        List<String> header = new ArrayList<>(List.of("事項"));
        header.addAll(ROLES);
        List<List<String>> rows = new ArrayList<>();
        for (String duty : List.of("部局等の情報セキュリティ対策の統括", "兼務がやむを得ない場合の承認",
                "情報セキュリティポリシーの決定及び見直し", "関係機関との連絡調整")) {
            List<String> row = new ArrayList<>(List.of(duty));
            row.addAll(Collections.nCopies(ROLES.size(), "承認"));
            row.set(3, "自治体機密性3A");
            rows.add(row);
        }
        int width = PageLayout.a4(true).textWidth();
        Tbl tbl = new TableBuilder("TableGrid", "TableText").build(header, rows, 0, width);
        int[] widths = tbl.getTblGrid().getGridCol().stream().map(TblGridCol::getW).mapToInt(w -> w.intValue())
                .toArray();

        assertEquals(header.size(), widths.length);
        assertEquals(width, Arrays.stream(widths).sum());
        for (int i = 1; i < widths.length; i++) {
            assertTrue(widths[0] > widths[i], "事項 is the widest: " + Arrays.toString(widths));
        }
        assertTrue(widths[3] >= TextWidth.twips("自治体機密性3A") + Wml.CHAR, Arrays.toString(widths));
    }
}
