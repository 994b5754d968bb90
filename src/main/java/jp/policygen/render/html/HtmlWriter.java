package jp.policygen.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.policygen.policy.Block;
import jp.policygen.policy.BlockVisitor;
import jp.policygen.policy.Block.ItemList;
import jp.policygen.policy.Block.ListItem;
import jp.policygen.policy.Block.Paragraph;
import jp.policygen.policy.Block.Table;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.RuleContents;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;
import jp.policygen.render.Anchors;
import jp.policygen.render.DocumentWriter;

/**
 * One self-contained, accessible HTML file per document: cover, 改定履歴, table of contents, body, and CSS
 * for screen and print. Every text of the model is escaped.
 */
public final class HtmlWriter implements DocumentWriter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        DocumentInfo info = document.info();
        w.write("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"author\" content=\"" + esc(info.bodyName()) + "\">\n");
        w.write("<title>" + esc(info.bodyName() + " " + document.title()) + "</title>\n");
        w.write("<style>\n" + Css.STYLE + (info.landscape() ? "@page { size: A4 landscape; }\n" : "")
                + (document.hasFrontMatter() ? "" : Css.COMPARISON) + "</style>\n");
        w.write("</head>\n<body>\n");
        if (!info.marking().isEmpty()) {
            w.write("<p class=\"marking\" role=\"note\">" + esc(info.marking()) + "</p>\n");
        }
        if (document.hasFrontMatter()) {
            cover(w, document);
            if (document.isRule()) {
                ruleToc(w, RuleContents.of(document));
            } else {
                toc(w, document.sections());
            }
        }
        w.write("<main>\n");
        for (Section s : document.sections()) {
            section(w, s, 2);
        }
        w.write("</main>\n</body>\n</html>\n");
        w.flush();
    }

    private static void cover(Writer w, Document d) throws IOException {
        DocumentInfo info = d.info();
        if (d.isRule()) {
            // 例規: the 題名, then its 制定日 and number; no 版, 施行日 line or 改定履歴 (the 附則 say them)
            w.write("<header class=\"rule\">\n<h1>" + esc(d.ruleTitle()) + "</h1>\n");
            if (!info.adoption().isEmpty()) {
                w.write("<p class=\"enactment\">" + esc(info.adoption()) + "</p>\n");
            }
            w.write("</header>\n");
            return;
        }
        w.write("<header class=\"cover\">\n<h1>" + esc(d.title()) + "</h1>\n");
        w.write("<p class=\"body-name\">" + esc(info.bodyName()) + "</p>\n");
        if (info.isPaper()) {
            // a paper about the documents (独自変更一覧): which documents, not a 版 or 施行日 of its own
            if (!info.version().isEmpty()) {
                w.write("<p class=\"about\">" + esc(info.version()) + "</p>\n");
            }
            w.write("</header>\n");
            return;
        }
        w.write("<dl class=\"meta\">\n");
        if (!info.version().isEmpty()) {
            w.write("<dt>版</dt><dd>" + esc(info.version()) + "</dd>\n");
        }
        w.write("<dt>施行日</dt><dd>" + esc(info.effective()) + "</dd>\n");
        if (!info.adoption().isEmpty()) {
            w.write("<dt>制定</dt><dd>" + esc(info.adoption()) + "</dd>\n");
        }
        w.write("</dl>\n");
        if (!info.history().isEmpty()) {
            w.write("<table class=\"history\">\n<caption>改定履歴</caption>\n");
            tableBody(w, info.historyTable());
        }
        w.write("</header>\n");
    }

    private static void toc(Writer w, List<Section> sections) throws IOException {
        w.write("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">目次</h2>\n<ol>\n");
        for (Section s : sections) {
            tocEntry(w, s, 1);
        }
        w.write("</ol>\n</nav>\n");
    }

    /**
     * A rule's 目次, as a 例規集 page prints it: its 章 with the articles they hold, the 節 under them, then 附則; none
     * for a rule without 章. The text goes on below it, in print too.
     */
    private static void ruleToc(Writer w, List<RuleContents.Line> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        w.write("<nav class=\"toc\" aria-labelledby=\"toc-title\" style=\"page-break-after: auto\">\n"
                + "<h2 id=\"toc-title\">目次</h2>\n<ol>\n");
        for (int i = 0; i < lines.size(); i++) {
            RuleContents.Line line = lines.get(i);
            w.write("<li><a href=\"#" + anchor(line.section()) + "\">" + esc(line.text()) + "</a>");
            int next = i + 1 < lines.size() ? lines.get(i + 1).depth() : 0;
            if (next > line.depth()) {
                w.write("\n<ol>\n"); // its 節 (or, in one rule in parts, a 編's 章) as a list inside its item
                continue;
            }
            w.write("</li>\n");
            for (int d = line.depth(); d > next; d--) {
                w.write("</ol>\n</li>\n");
            }
        }
        w.write("</ol>\n</nav>\n");
    }

    private static void tocEntry(Writer w, Section s, int depth) throws IOException {
        if (s.label().isEmpty() && !s.hasTitle()) {
            // a subject split into articles has no heading of its own: its articles are the entries
            for (Section c : s.children()) {
                tocEntry(w, c, depth);
            }
            return;
        }
        w.write("<li><a href=\"#" + anchor(s) + "\">" + esc(s.heading().isEmpty() ? s.label() : s.heading()) + "</a>");
        List<Section> titled = s.children().stream().filter(Section::hasTitle).toList();
        if (depth < 3 && !titled.isEmpty()) {
            w.write("\n<ol>\n");
            for (Section c : titled) {
                tocEntry(w, c, depth + 1);
            }
            w.write("</ol>\n");
        }
        w.write("</li>\n");
    }

    /**
     * @param level the heading level of this section's title: h2 at the top (the title is the h1), one more under
     *              each titled section, so levels never skip one (a 基本方針 without 節 goes h2 → h3), at most h6
     */
    private static void section(Writer w, Section s, int level) throws IOException {
        int h = Math.min(6, level);
        String kind = s.isArticle() ? " article" : s.label().isEmpty() && !s.hasTitle() ? " provision" : "";
        w.write("<section id=\"" + anchor(s) + "\" class=\"level-" + s.level().name().toLowerCase(java.util.Locale.ROOT) + kind + "\">\n");
        List<Block> blocks = s.blocks();
        // the clause id on hover, for the profile's overrides (README: 条項IDの調べ方)
        String tip = " title=\"条項ID: " + esc(s.id()) + "\"";
        if (s.isArticle()) {
            // 例規: the caption on its own line one character in, the number starting the text
            if (s.hasTitle()) {
                w.write("<h" + h + tip + " class=\"caption\">（" + esc(s.title()) + "）</h" + h + ">\n");
            }
            w.write("<p class=\"article\"><span class=\"article-number\"" + (s.hasTitle() ? "" : tip) + ">" + esc(s.label()) + "</span>");
            if (!blocks.isEmpty() && blocks.get(0) instanceof Paragraph first) {
                w.write(runs(first.runs()));
                blocks = blocks.subList(1, blocks.size());
            }
            w.write("</p>\n");
        } else if (s.hasTitle()) {
            w.write("<h" + h + tip + ">" + esc(s.heading()) + "</h" + h + ">\n");
        } else if (s.label().isEmpty()) {
            // a 項 that the catalog has as a clause of its own: its paragraphs carry their numbers
        } else if (!blocks.isEmpty() && blocks.get(0) instanceof Paragraph first) {
            // a one-sentence sub-item: its number leads its first paragraph
            w.write("<p class=\"numbered\"><span class=\"label\"" + tip + ">" + esc(s.label()) + "</span>" + runs(first.runs())
                    + "</p>\n");
            blocks = blocks.subList(1, blocks.size());
        } else {
            w.write("<p class=\"numbered\"><span class=\"label\"" + tip + ">" + esc(s.label()) + "</span></p>\n");
        }
        for (Block b : blocks) {
            block(w, b);
        }
        for (Section c : s.children()) {
            section(w, c, s.hasTitle() ? level + 1 : level);
        }
        w.write("</section>\n");
    }

    private static void block(Writer w, Block b) throws IOException {
        b.accept(new BlockVisitor<Void, IOException>() {
            @Override
            public Void paragraph(Paragraph p) throws IOException {
                w.write(p.number().isEmpty() ? "<p>" + runs(p.runs()) + "</p>\n"
                        : "<p class=\"paragraph\"><span class=\"paragraph-number\">" + esc(p.number()) + "</span>"
                        + runs(p.runs()) + "</p>\n");
                return null;
            }

            @Override
            public Void list(ItemList l) throws IOException {
                HtmlWriter.list(w, l.items());
                return null;
            }

            @Override
            public Void table(Table t) throws IOException {
                HtmlWriter.table(w, t);
                return null;
            }
        });
    }

    private static void list(Writer w, List<ListItem> items) throws IOException {
        w.write("<ol class=\"kana\">\n");
        for (ListItem i : items) {
            w.write("<li><span class=\"label\">" + esc(i.label()) + "</span>" + runs(i.runs()));
            if (!i.children().isEmpty()) {
                w.write("\n");
                list(w, i.children());
            }
            w.write("</li>\n");
        }
        w.write("</ol>\n");
    }

    private static void table(Writer w, Table t) throws IOException {
        w.write("<table>\n");
        tableBody(w, t);
    }

    /** Header row, body rows and the closing tag of a table whose opening tag is written. */
    private static void tableBody(Writer w, Table t) throws IOException {
        w.write("<thead><tr>");
        for (Block.Cell c : t.headerCells()) {
            w.write("<th scope=\"col\">" + runs(c.runs()) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (List<Block.Cell> r : t.rowCells()) {
            w.write("<tr>");
            for (Block.Cell c : r) {
                w.write("<td>" + runs(c.runs()) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
    }

    private static String runs(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            sb.append(switch (r.underline()) {
                case NONE -> esc(r.text());
                case SINGLE -> "<u>" + esc(r.text()) + "</u>";
                case DOUBLE -> "<u class=\"double\">" + esc(r.text()) + "</u>";
            });
        }
        return sb.toString();
    }

    private static String anchor(Section s) {
        return Anchors.htmlId(s.id());
    }

    /** Escapes text for element content and attribute values. */
    public static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
