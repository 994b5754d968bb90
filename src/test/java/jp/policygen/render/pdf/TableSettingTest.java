package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.SetParagraph;

import jp.policygen.policy.Block;
import jp.policygen.policy.Run;
import jp.policygen.render.Warnings;
import jp.policygen.render.pdf.TaggedPdfPages.Written;

/**
 * The tables whose cells policygen sets itself (SetTable) come out as OpenPDF's PdfPTable of the same cells would:
 * every page's content stream the same (rows, page breaks, the header row on each page, a row split across pages,
 * borders, fills, lines, underlines, marked content), the same text on each page, the same structure tree (Table, TR,
 * TH, TD and the marked content of each on its page), and the generic tags of the cells reported at the same places.
 */
class TableSettingTest {

    @Test
    void tablesSetDirectlyAreTheTablesOpenPdfWouldLayOut() throws Exception {
        PdfFonts.Faces faces = PdfFonts.resolve(Optional.empty(), FontLocator.system(), Warnings.NONE).faces();
        // on a machine without a Japanese TrueType font every table goes through OpenPDF anyway
        assumeTrue(SetParagraph.settable(faces.mincho()), "no embeddable Japanese font on this machine");

        // one way of adding the tables each: set directly, or through OpenPDF's PdfPTable
        Written set = write(faces, true);
        Written openPdf = write(faces, false);

        assertTrue(set.pages().size() >= 8, "the tables run over several pages: " + set.pages().size());
        assertTrue(set.structure().contains("TH") && set.structure().contains("TD"), set.structure());
        assertEquals(openPdf.text(), set.text(), "text of every page");
        assertEquals(openPdf.structure(), set.structure(), "structure tree and its marked content");
        assertEquals(openPdf.tags(), set.tags(), "generic tags: where and on which page");
        set.assertSameContentStreams(openPdf);
    }

    private static Written write(PdfFonts.Faces faces, boolean direct) throws IOException, DocumentException {
        Styles styles = new Styles(faces.mincho(), faces.gothic(), faces.fallbacks(), (cp, text) -> { });
        // landscape, as a 新旧対照表
        return TaggedPdfPages.write(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), (pdf, tags) -> {
            TableRenderer renderer = new TableRenderer(styles);
            float width = pdf.right() - pdf.left();
            int n = 0;
            for (Block.Table table : tables()) {
                if (n % 2 == 0) {
                    // a table below a paragraph (the spacing before it, the page it starts on decided by what is left)
                    String text = "次の表のとおりとする。" + "情報資産の分類に応じた取扱いを定める。".repeat(n);
                    tags.add("P", styles.set(styles.pieces(text, styles.body(), null), styles.body(),
                            Styles.BODY_SIZE * Styles.LINE_HEIGHT, Element.ALIGN_JUSTIFIED, 0f, Styles.EM, 0f, 2f));
                } else {
                    pdf.newPage(); // a table at the top of a page
                }
                float indent = (n % 3) * Styles.EM;
                if (direct) {
                    renderer.add(table, width - indent, tags);
                } else {
                    tags.table(renderer.table(table, width - indent, tags));
                }
                n++;
            }
        });
    }

    /** Tables of every shape the documents have, with the texts that take OpenPDF's rarer ways. */
    private static List<Block.Table> tables() {
        List<Block.Table> list = new ArrayList<>();
        list.add(comparison());
        list.add(jp.policygen.policy.SampleDocuments.roleMatrix());
        // a 改定履歴: short rows at the top of a page
        list.add(Block.Table.of(List.of("版", "年月日", "内容"), List.of(
                List.of("第1版", "令和6年4月1日", "制定"),
                List.of("第2版", "令和7年4月1日", "クラウドサービスの利用に関する規定を追加し、用語の定義を改めた。"),
                List.of("第3版", "令和8年4月1日", ""))));
        // a table of header rows only: nothing is written
        list.add(Block.Table.of(List.of("項目", "内容"), List.of()));
        // cells of spaces, empty lines, leading and trailing white space, a line break at the end
        list.add(new Block.Table(List.of(Block.Cell.of("区分"), Block.Cell.of(" "), Block.Cell.of("備考")), List.of(
                List.of(Block.Cell.of("  字下げ\n\n  のある行\n"), Block.Cell.of("\n\n"), Block.Cell.of("   ")),
                List.of(Block.Cell.of("末尾に空白   \n次の行"), Block.Cell.of("a\r\nb\rc"), Block.Cell.of("")))));
        return list;
    }

    /**
     * A 新旧対照表 over many pages: 改正後 and 改正前 with 傍線 and 二重傍線, （略） on a line of its own, 備考; a row
     * longer than a page (split across pages), rows with rare characters, Latin words, an unbreakable URL.
     */
    private static Block.Table comparison() {
        String kinsoku = PdfWriterKinsokuTest.engineeredParagraph();
        String latin = "情報セキュリティ管理基準は JIS Q 27001:2023 及び JIS Q 27002:2024 に対応し、"
                + "ISO/IEC 27017 の   クラウドサービス   の管理策を参照する。 Amazon Web Services, Microsoft Azure "
                + "and Google Cloud Platform are examples of cloud services; see https://www.soumu.go.jp/main_sosiki/"
                + "joho_tsusin/policyreports/chousa/jichi_gyousei/index.html.";
        String url = "https://example.lg.jp/" + "a".repeat(160) + "/index.html";
        String rare = "𠮷野家と髙橋さんの﨑は𩸽（ほっけ）と同じく、主な書体にないことがある。";
        String body = "情報セキュリティ管理者は、所管する情報資産について、機密性、完全性及び可用性を踏まえ、"
                + "次に掲げる事項を定めなければならない。";
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            String number = "第" + i + "条";
            Block.Cell after = new Block.Cell(List.of(Run.doubled(number), Run.plain("　" + body.repeat(1 + i % 4)),
                    Run.single("毎年度"), Run.plain(i % 5 == 0 ? "研修を受ける。\n（略）" : "研修を受ける。")));
            Block.Cell before = i % 7 == 0 ? Block.Cell.of("（新設）")
                    : new Block.Cell(List.of(Run.plain("第" + (i - 1) + "条　" + body.repeat(1 + i % 3)),
                    Run.single(i % 2 == 0 ? "随時" : "必要に応じて"), Run.plain("研修を受ける。")));
            String remark = i % 7 == 0 ? "新設" : i % 3 == 0 ? "移動" : "変更";
            rows.add(List.of(after, before, Block.Cell.of(remark)));
            if (i == 9) {
                // a row longer than a page, split across pages (and its rest again)
                rows.add(List.of(new Block.Cell(List.of(Run.plain(kinsoku), Run.single(latin), Run.plain(kinsoku))),
                        Block.Cell.of(kinsoku.substring(0, 900) + "\n（略）"), Block.Cell.of("変更")));
            }
            if (i == 20) {
                rows.add(List.of(Block.Cell.of(rare.repeat(8)), Block.Cell.of(latin + url), Block.Cell.of("")));
            }
            if (i == 40) {
                // a row split where one cell has already ended and another has not begun on the page
                rows.add(List.of(Block.Cell.of("短い"), Block.Cell.of(kinsoku + kinsoku), Block.Cell.of("移動")));
            }
        }
        return new Block.Table(List.of(Block.Cell.of("改正後"), Block.Cell.of("改正前"), Block.Cell.of("備考")), rows,
                List.of(0.45, 0.45, 0.1));
    }
}
