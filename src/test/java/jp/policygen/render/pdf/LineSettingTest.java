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
import com.lowagie.text.pdf.SetParagraph;

import jp.policygen.policy.Run;
import jp.policygen.render.Warnings;
import jp.policygen.render.pdf.TaggedPdfPages.Written;

/**
 * The paragraphs whose lines policygen sets itself (SetParagraph) come out as OpenPDF's Paragraph of the same chunks
 * would: every page's content stream the same, so the same lines, breaks, justification, underlines and marked
 * content; the same pages; and the generic tags (bookmarks, 目次 targets) reported at the same places.
 */
class LineSettingTest {

    @Test
    void paragraphsSetDirectlyAreTheParagraphsOpenPdfWouldLayOut() throws Exception {
        PdfFonts.Faces faces = PdfFonts.resolve(Optional.empty(), FontLocator.system(), Warnings.NONE).faces();
        // on a machine without a Japanese TrueType font every paragraph goes through OpenPDF anyway
        assumeTrue(SetParagraph.settable(faces.mincho()), "no embeddable Japanese font on this machine");

        // one way of adding the paragraphs each: set directly, or through OpenPDF's Paragraph
        Written set = write(faces, true);
        Written openPdf = write(faces, false);

        assertTrue(set.pages().size() >= 4, "the paragraphs run over several pages: " + set.pages().size());
        assertEquals(openPdf.text(), set.text(), "text of every page");
        assertEquals(openPdf.tags(), set.tags(), "generic tags: where and on which page");
        set.assertSameContentStreams(openPdf);
    }

    private static Written write(PdfFonts.Faces faces, boolean direct) throws IOException, DocumentException {
        Styles styles = new Styles(faces.mincho(), faces.gothic(), faces.fallbacks(), (cp, text) -> { });
        return TaggedPdfPages.write(PageSize.A4, (pdf, tags) -> {
            int n = 0;
            for (SetParagraph p : paragraphs(styles)) {
                String role = n++ % 2 == 0 ? "P" : "LBody";
                if (direct) {
                    tags.add(role, p);
                } else {
                    tags.add(role, Styles.paragraph(p));
                }
            }
        });
    }

    /** Every kind of paragraph the body uses, with the texts that take OpenPDF's rarer ways of breaking. */
    private static List<SetParagraph> paragraphs(Styles styles) {
        String kinsoku = PdfWriterKinsokuTest.engineeredParagraph();
        String latin = "情報セキュリティ管理基準は JIS Q 27001:2023 及び JIS Q 27002:2024 に対応し、"
                + "ISO/IEC 27017 の   クラウドサービス   の管理策を参照する。 Amazon Web Services, Microsoft Azure "
                + "and Google Cloud Platform are examples of cloud services; see https://www.soumu.go.jp/main_sosiki/"
                + "joho_tsusin/policyreports/chousa/jichi_gyousei/index.html.";
        String url = "https://example.lg.jp/" + "a".repeat(160) + "/index.html";
        String rare = "𠮷野家と髙橋さんの﨑は𩸽（ほっけ）と同じく、主な書体にないことがある。".repeat(6);
        String fullwidth = "ＩＳＭＳ（Ｉｎｆｏｒｍａｔｉｏｎ　Ｓｅｃｕｒｉｔｙ）の認証を取得する。".repeat(5) + "...";
        var body = styles.body();
        float leading = Styles.BODY_SIZE * Styles.LINE_HEIGHT;
        List<SetParagraph> list = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            float indent = round * Styles.EM;
            // a plain paragraph, its first chunk tagged (字下げ)
            List<SetParagraph.Piece> plain = new ArrayList<>(styles.pieces(kinsoku, body, "plain-" + round));
            list.add(styles.set(plain, body, leading, Element.ALIGN_JUSTIFIED, indent, Styles.EM, 0f, 2f));
            // ① label and text, later lines hanging under the text
            List<SetParagraph.Piece> labelled = new ArrayList<>(styles.pieces("①　", body, "label-" + round));
            labelled.addAll(styles.pieces(List.of(new Run(latin, Run.Underline.NONE), new Run("（傍線の部分）", Run.Underline.SINGLE),
                    new Run("改め後の番号", Run.Underline.DOUBLE), new Run(rare, Run.Underline.NONE)), body));
            float hang = styles.width("①　", body);
            list.add(styles.set(labelled, body, leading, Element.ALIGN_JUSTIFIED, indent + hang, -hang, 0f, 2f));
            // an article's first paragraph: 第１条 in Gothic, then the text
            List<SetParagraph.Piece> article = new ArrayList<>(styles.pieces("第１条　", styles.heading(4), null));
            article.addAll(styles.pieces(List.of(new Run(fullwidth, Run.Underline.NONE), new Run(url, Run.Underline.NONE)), body));
            list.add(styles.set(article, body, leading, Element.ALIGN_JUSTIFIED, Styles.EM, -Styles.EM, 0f, 2f));
            // a caption, left aligned, and headings of every size, not justified
            list.add(styles.set(styles.pieces("（目的）", body, "caption-" + round), body, leading,
                    Element.ALIGN_LEFT, Styles.EM, 0f, 4f, 2f));
            for (int level = 1; level <= 4; level++) {
                var font = styles.heading(level);
                String heading = "第" + level + "章　" + "情報資産の分類と管理".repeat(level == 1 ? 5 : 1);
                float hangH = styles.width("第" + level + "章　", font);
                list.add(styles.set(styles.pieces(heading, font, "heading-" + round + "-" + level), font,
                        font.getSize() * 1.5f, Element.ALIGN_UNDEFINED, indent + hangH, -hangH,
                        level == 1 ? 14f : level == 2 ? 9f : 5f, 3f));
            }
            // a list item and an empty paragraph
            List<SetParagraph.Piece> item = new ArrayList<>(styles.pieces("ア　", body, null));
            item.addAll(styles.pieces(List.of(new Run(kinsoku.substring(0, 300) + " trailing spaces   ", Run.Underline.NONE)), body));
            float hangI = styles.width("ア　", body);
            list.add(styles.set(item, body, leading, Element.ALIGN_JUSTIFIED, indent + hangI, -hangI, 0f, 2f));
            list.add(styles.set(styles.pieces("", body, null), body, leading, Element.ALIGN_JUSTIFIED, indent,
                    Styles.EM, 0f, 2f));
        }
        return list;
    }
}
