package jp.policygen.render.docx;

import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;

import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.RuleContents;
import jp.policygen.render.Anchors;
import jp.policygen.render.ContentsEntry;

/**
 * The pages before the body, as in a municipal policy booklet: a cover (title, body name, 版, 施行日, adoption),
 * then on a new page the 改定履歴 (when there is one) and the 目次. The caller starts the body on a new page.
 *
 * <p>The 目次 is a Word TOC field whose result holds the lines of the PDF's 目次 (章, 節 and 附則, or the titled
 * items of a document without 節) with the pages the PDF layout gave them: the same page size, margins and
 * font sizes make them those of the Word document, or nearly, for readers that show the result as saved
 * (LibreOffice, Word's protected view). Word's 「フィールド更新」 rebuilds it from the headings, and settings.xml
 * asks Word to do so on opening. A document whose PDF has no 目次 (too few headings) has none in Word either.
 *
 * <p>A rule (例規 form) has the 目次 of a 例規 ({@link RuleContents}): its 章 and 節 with the articles they hold,
 * as plain lines (no TOC field, which Word would refill with page numbers), each a link to its heading.
 */
final class FrontMatter {
    /**
     * The TOC field over heading levels 1 to {@code depth} (the deepest Word heading among the listed sections),
     * entries as hyperlinks, no page numbers in web view.
     */
    static String tocInstruction(int depth) {
        return "TOC \\o \"1-" + depth + "\" \\h \\z \\u";
    }

    /** Drops the cover title to about a third of the page. */
    private static final int COVER_TITLE_SPACE_BEFORE = 3600;

    private final StyleSheet styles;
    private final int textWidth;
    private final List<ContentsEntry> contents;

    private FrontMatter(StyleSheet styles, int textWidth, List<ContentsEntry> contents) {
        this.styles = styles;
        this.textWidth = textWidth;
        this.contents = contents;
    }

    /** @param contents the lines of the 目次 with their pages (see {@link jp.policygen.render.ContentsPages}); none for no 目次 */
    static List<Object> build(Document document, StyleSheet styles, int textWidth, List<ContentsEntry> contents) {
        FrontMatter front = new FrontMatter(styles, textWidth, contents);
        if (document.isRule()) {
            // 例規: the 題名 and the line of its 制定日 and number, then the 目次 on the same page; no cover, 版,
            // 施行日 line or 改定履歴 (the 附則 say them)
            List<Object> head = new ArrayList<>();
            P title = Wml.paragraph(styles.id(StyleRole.TITLE), document.ruleTitle());
            Wml.align(title, JcEnumeration.LEFT);
            head.add(title);
            if (!document.info().adoption().isEmpty()) {
                P enactment = Wml.paragraph(styles.id(StyleRole.NORMAL), document.info().adoption());
                Wml.align(enactment, JcEnumeration.RIGHT);
                head.add(enactment);
            }
            List<RuleContents.Line> lines = RuleContents.of(document);
            if (!lines.isEmpty()) {
                head.add(Wml.paragraph(styles.id(StyleRole.TOC_HEADING), Labels.CONTENTS));
                for (RuleContents.Line line : lines) {
                    P p = Wml.paragraph(styles.id(StyleRole.toc(line.depth() + 1)));
                    p.getContent().add(Wml.link(Anchors.wordBookmark(line.section().id()), List.of(Wml.run(line.text()))));
                    head.add(p);
                }
            }
            return head;
        }
        List<Object> content = front.cover(document);
        List<Object> secondPage = front.historyAndContents(document.info());
        if (secondPage.isEmpty()) {
            return content;
        }
        Wml.startOnNewPage(secondPage);
        content.addAll(secondPage);
        return content;
    }

    private List<Object> cover(Document document) {
        DocumentInfo info = document.info();
        List<Object> cover = new ArrayList<>();
        P title = Wml.paragraph(styles.id(StyleRole.TITLE), document.title());
        Wml.spaceBefore(title, COVER_TITLE_SPACE_BEFORE);
        cover.add(title);
        cover.add(Wml.paragraph(styles.id(StyleRole.SUBTITLE), info.bodyName()));
        String effective = info.effective().isEmpty() ? "" : Labels.EFFECTIVE + Labels.LABEL_SEPARATOR + info.effective();
        for (String line : List.of(info.version(), effective, info.adoption())) {
            if (!line.isEmpty()) {
                cover.add(centered(line));
            }
        }
        return cover;
    }

    private P centered(String text) {
        P p = Wml.paragraph(styles.id(StyleRole.NORMAL), text);
        Wml.align(p, JcEnumeration.CENTER);
        return p;
    }

    private List<Object> historyAndContents(DocumentInfo info) {
        List<Object> page = new ArrayList<>();
        if (!info.history().isEmpty()) {
            page.add(Wml.paragraph(styles.id(StyleRole.TOC_HEADING), Labels.HISTORY));
            page.add(historyTable(info));
        }
        if (!contents.isEmpty()) {
            page.add(Wml.paragraph(styles.id(StyleRole.TOC_HEADING), Labels.CONTENTS));
            page.addAll(contents());
        }
        return page;
    }

    /**
     * One paragraph per line, as Word writes a TOC field's result: style toc 1–3 by depth, the heading as a link
     * to its bookmark, a tab to the right margin with a dotted leader, the page. The field begins in the first
     * paragraph and ends in the last. It is not marked dirty: the result is what Word would show.
     */
    private List<P> contents() {
        int depth = 1;
        for (ContentsEntry e : contents) {
            depth = Math.max(depth, BodyBuilder.headingLevel(e.section()));
        }
        List<P> lines = new ArrayList<>();
        for (ContentsEntry e : contents) {
            P p = Wml.paragraph(styles.id(StyleRole.toc(e.depth() + 1)));
            Wml.rightTab(p, textWidth, true);
            if (lines.isEmpty()) {
                p.getContent().addAll(Wml.fieldStart(tocInstruction(depth)));
            }
            p.getContent().add(Wml.link(Anchors.wordBookmark(e.section().id()),
                    List.of(Wml.run(e.heading()), Wml.tab(), Wml.run(Integer.toString(e.page())))));
            lines.add(p);
        }
        lines.get(lines.size() - 1).getContent().add(Wml.fieldEnd());
        return lines;
    }

    private Object historyTable(DocumentInfo info) {
        TableBuilder tables = new TableBuilder(styles.id(StyleRole.TABLE_GRID), styles.id(StyleRole.NORMAL));
        return tables.build(info.historyTable(), 0, textWidth);
    }
}
