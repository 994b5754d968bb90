package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.profile.TestProfiles;

/**
 * {@code check --format docx,xlsx,html -o DIR}: the 対策チェックリスト as meeting material, read back as a user
 * opens it (the workbook with POI, the Word text, the HTML table).
 */
class CheckDocumentsTest {
    @TempDir
    Path dir;

    private static final Path MACHI = Path.of("profiles/kakuu-machi.yaml");

    private Cli check(Path out, String formats, Path... profiles) {
        List<String> args = new ArrayList<>(List.of("check", "--format", formats, "-o", out.toString(), "--date",
                "2026-03-02"));
        for (Path p : profiles) {
            args.add(p.toString());
        }
        return Cli.run(args.toArray(String[]::new));
    }

    /** Every row of the first sheet, each as the cell texts Excel shows. */
    private static List<List<String>> rows(Path xlsx) throws IOException {
        XlsxRows sheet = XlsxRows.read(xlsx);
        assertEquals("対策チェックリスト", sheet.sheetName());
        return sheet.rows();
    }

    @Test
    void workbookHasTheHeaderTheRowsInDocumentOrderAndColumnsToFillIn() throws IOException {
        Cli r = check(dir, "xlsx", MACHI);
        assertEquals(0, r.status(), r.out() + r.err());
        Path xlsx = dir.resolve("kakuu-machi_対策チェックリスト.xlsx");
        assertTrue(r.out().contains(xlsx + " を作成しました。"), r.out());
        List<List<String>> rows = rows(xlsx);
        assertEquals("対策チェックリスト", rows.get(0).get(0));
        assertEquals(List.of("団体名", "", "架空町"), rows.get(1));
        assertTrue(rows.stream().anyMatch(row -> row.size() > 2 && row.get(0).equals("ガイドライン")
                && row.get(2).contains("令和6年10月版")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.size() > 2 && row.get(0).equals("ネットワーク構成等")
                && row.get(2).equals("α' モデル（ウ）・ガバメントクラウド・無線LAN・ソーシャルメディア")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.size() > 2 && row.get(0).equals("作成日")
                && row.get(2).equals("令和8年3月2日")), rows.toString());
        int h = rows.indexOf(List.of("番号", "状況", "該当箇所", "対策", "根拠", "担当", "期限", "備考"));
        assertTrue(h > 0, rows.toString());
        List<List<String>> items = rows.subList(h + 1, rows.size()).stream()
                .takeWhile(row -> row.size() == 8).toList();
        assertTrue(items.size() >= 20, items.toString());
        assertEquals(List.of("1", "要確認", "対策基準 3(1)",
                "マイナンバー利用事務系を他の系統から分離し、端末の二要素認証と情報の持出し禁止を実施している",
                "三層の対策（全てのモデル）", "", "", ""), items.get(0));
        // document order: the 対策基準 from 3(1) on, the 特則 at the end, and no item out of place
        List<String> where = items.stream().map(row -> row.get(2)).toList();
        assertTrue(where.indexOf("対策基準 3(3)") < where.indexOf("対策基準 3(4)②"), where.toString());
        assertTrue(where.indexOf("対策基準 9.3") < where.indexOf("特則 3"), where.toString());
        assertTrue(where.indexOf("特則 3") < where.indexOf("特則 5"), where.toString());
        for (List<String> row : items) {
            assertTrue(List.of("済", "要確認", "要確認（既定値）", "未対応").contains(row.get(1)), row.toString());
            assertFalse(row.get(3).matches(".*[a-z_]+\\.[a-z_]+.*"), "no profile key in the measure: " + row);
            assertEquals(List.of("", "", ""), row.subList(5, 8), "担当・期限・備考 are left to fill in");
            assertFalse(row.get(4).matches(".*[a-z_]+\\.[a-z_]+.*"), "no profile key in the prose: " + row);
        }
        assertTrue(items.stream().anyMatch(row -> row.get(4).equals("ソーシャルメディアの利用")), items.toString());
    }

    @Test
    void workbookRowsAreAsHighAsTheirWrappedText() throws IOException {
        assertEquals(0, check(dir, "xlsx", MACHI).status());
        try (InputStream in = Files.newInputStream(dir.resolve("kakuu-machi_対策チェックリスト.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            int measureChars = s.getColumnWidth(3) / 256 / 2; // full-width characters across the 対策 column
            int tall = 0;
            int short1 = 0;
            for (Row row : s) {
                if (row.getLastCellNum() != 8 || !row.getCell(0).toString().matches("\\d+")) {
                    continue;
                }
                String measure = row.getCell(3).getStringCellValue();
                if (measure.length() > measureChars + 2) {
                    // LibreOffice shows a row at the height the file gives: the wrapped text must fit in it
                    assertTrue(row.getHeightInPoints() >= 25f, measure + ": " + row.getHeightInPoints() + " pt");
                    tall++;
                } else if (fitsOneLine(s, row)) {
                    assertTrue(row.getHeightInPoints() < 20f, measure + ": " + row.getHeightInPoints() + " pt");
                    short1++;
                }
            }
            assertTrue(tall > 3, "rows with wrapped text: " + tall);
            assertTrue(short1 > 0, "one-line rows: " + short1);
        }
    }

    /** Every cell's text is shorter than its column (a half-width character counting half). */
    private static boolean fitsOneLine(Sheet s, Row row) {
        for (int c = 0; c < 5; c++) {
            String text = row.getCell(c).toString();
            double width = text.codePoints().mapToDouble(cp -> cp < 0x2E80 ? 0.5 : 1).sum();
            if (width > s.getColumnWidth(c) / 256.0 / 2 - 1) {
                return false;
            }
        }
        return true;
    }

    @Test
    void wordAndHtmlHoldTheSameChecklist() throws Exception {
        Cli r = check(dir, "docx,html", MACHI);
        assertEquals(0, r.status(), r.out() + r.err());
        String word = DocumentText.docx(dir.resolve("kakuu-machi_対策チェックリスト.docx"));
        assertTrue(word.contains("対策チェックリスト"), word);
        assertTrue(word.contains("作成日：令和8年3月2日"), word);
        assertTrue(word.contains("担当期限備考"), word);
        assertTrue(word.indexOf("対策基準 3(1)") < word.indexOf("特則 5"), word);
        String html = Files.readString(dir.resolve("kakuu-machi_対策チェックリスト.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ja\">"), html);
        assertTrue(html.contains("<th scope=\"col\">担当</th>"), html);
        assertTrue(html.contains("<td class=\"centre\">済</td><td>対策基準 3(2)</td>"), html);
        assertFalse(r.out().contains("誤りは見つかりませんでした"), "only the files when no text report is asked for");
    }

    @Test
    void sameProfileAndDateGiveTheSameBytes(@TempDir Path other) throws IOException {
        assertEquals(0, check(dir, "docx,xlsx,html", MACHI).status());
        assertEquals(0, check(other, "docx,xlsx,html", MACHI).status());
        for (String ext : List.of("docx", "xlsx", "html")) {
            String name = "kakuu-machi_対策チェックリスト." + ext;
            assertArrayEquals(Files.readAllBytes(dir.resolve(name)), Files.readAllBytes(other.resolve(name)), name);
        }
    }

    @Test
    void aProfileWithErrorsWritesNothingAndExitsOne() throws IOException {
        Path bad = TestProfiles.write(dir, "bad.yaml", TestProfiles.MINIMAL.replace("model: alpha", "model: beta"));
        Path out = dir.resolve("out");
        Cli r = check(out, "text,xlsx", bad, MACHI);
        assertEquals(1, r.status(), r.out() + r.err());
        assertFalse(Files.exists(out), "nothing written when a profile has errors");
    }

    @Test
    void textAndJsonStillWorkAndUnknownFormatsAreRefused() throws IOException {
        Cli r = check(dir, "json", MACHI);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("{"), r.out());
        Cli bad = check(dir, "pdf", MACHI);
        assertEquals(2, bad.status());
        assertEquals("引数が正しくありません: --format に「pdf」は指定できません。text, json, docx, xlsx, html から選んでください。"
                + System.lineSeparator(), bad.err());
        Cli date = Cli.run("check", "--date", "2026/03/02", MACHI.toString());
        assertEquals(2, date.status());
        assertTrue(date.err().contains("--date の「2026/03/02」は日付として読めません。2026-04-01 のように書いてください。"),
                date.err());
    }
}
