package jp.policygen.render.docx;

import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;

import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;

/**
 * The pages before the body, as in a municipal policy booklet: a cover (title, body name, 版, 施行日, adoption),
 * then on a new page the 改定履歴 (when there is one) and the 目次. The caller starts the body on a new page.
 *
 * <p>The 目次 is a Word TOC field over heading levels 1–3. The writer cannot paginate, so the field result is a
 * placeholder and settings.xml asks Word to update fields on opening.
 */
final class FrontMatter {
    /** Headings and outline levels 1–3, entries as hyperlinks, no page numbers in web view. */
    static final String TOC_INSTRUCTION = "TOC \\o \"1-3\" \\h \\z \\u";

    /** Drops the cover title to about a third of the page. */
    private static final int COVER_TITLE_SPACE_BEFORE = 3600;

    private final StyleSheet styles;
    private final int textWidth;

    private FrontMatter(StyleSheet styles, int textWidth) {
        this.styles = styles;
        this.textWidth = textWidth;
    }

    static List<Object> build(Document document, StyleSheet styles, int textWidth) {
        FrontMatter front = new FrontMatter(styles, textWidth);
        List<Object> content = front.cover(document);
        List<Object> secondPage = front.historyAndContents(document.info());
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
        page.add(Wml.paragraph(styles.id(StyleRole.TOC_HEADING), Labels.CONTENTS));
        P toc = Wml.paragraph(styles.id(StyleRole.NORMAL));
        toc.getContent().addAll(Wml.field(TOC_INSTRUCTION, Labels.CONTENTS_PLACEHOLDER, true));
        page.add(toc);
        return page;
    }

    private Object historyTable(DocumentInfo info) {
        TableBuilder tables = new TableBuilder(styles.id(StyleRole.TABLE_GRID), styles.id(StyleRole.NORMAL));
        return tables.build(info.historyTable(), 0, textWidth);
    }
}
