package jp.policygen.render.md;

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
import jp.policygen.policy.Section;
import jp.policygen.render.DocumentWriter;

/**
 * Markdown (CommonMark with pipe tables), for reading in a repository or pasting into other tools. Characters
 * that Markdown would interpret are backslash-escaped, so a profile value stays literal text.
 */
public final class MarkdownWriter implements DocumentWriter {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        DocumentInfo info = document.info();
        if (!info.marking().isEmpty()) {
            w.write("**" + esc(info.marking()) + "**\n\n");
        }
        if (document.isRule()) {
            // 例規: the 題名, then its 制定日 and number; no 版, 施行日 line or 改定履歴 (the 附則 say them)
            w.write("# " + esc(document.ruleTitle()) + "\n\n");
            if (!info.adoption().isEmpty()) {
                w.write(esc(info.adoption()) + "\n\n");
            }
            ruleContents(w, RuleContents.of(document));
            for (Section s : document.sections()) {
                section(w, s);
            }
            w.flush();
            return;
        }
        w.write("# " + esc(document.title()) + "\n\n" + esc(info.bodyName()) + "\n\n");
        if (info.isPaper()) {
            // a paper about the documents (独自変更一覧): which documents, not a 版 or 施行日 of its own
            w.write(info.version().isEmpty() ? "" : esc(info.version()) + "\n\n");
            for (Section s : document.sections()) {
                section(w, s);
            }
            w.flush();
            return;
        }
        if (!info.version().isEmpty()) {
            w.write("- 版: " + esc(info.version()) + "\n");
        }
        w.write("- 施行日: " + esc(info.effective()) + "\n");
        if (!info.adoption().isEmpty()) {
            w.write("- 制定: " + esc(info.adoption()) + "\n");
        }
        w.write("\n");
        if (!info.history().isEmpty()) {
            w.write("## 改定履歴\n\n");
            table(w, info.historyTable());
        }
        for (Section s : document.sections()) {
            section(w, s);
        }
        w.flush();
    }

    /**
     * A rule's 目次 as a 例規集 prints it under the number: 「目次」, then a line per 章 (per 編 and 章 in one rule in parts)
     * with the articles it holds, each 節 one step further in, and 附則; nothing for a rule without 章. The same lines
     * as the Word file's, the PDF's and the HTML page's ({@link RuleContents}).
     */
    private static void ruleContents(Writer w, List<RuleContents.Line> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        w.write("目次\n\n");
        for (RuleContents.Line line : lines) {
            w.write("\u3000".repeat(line.depth() + 1) + esc(line.text()) + "\n\n");
        }
    }

    private static void section(Writer w, Section s) throws IOException {
        List<Block> blocks = s.blocks();
        if (s.isArticle()) {
            // 例規: the caption on its own line one character in, the number starting the text
            if (s.hasTitle()) {
                w.write("　（" + esc(s.title()) + "）\n\n");
            }
            if (!blocks.isEmpty() && blocks.get(0) instanceof Paragraph first) {
                w.write("**" + esc(s.label()) + "**　" + esc(first.text()) + "\n\n");
                blocks = blocks.subList(1, blocks.size());
            } else {
                w.write("**" + esc(s.label()) + "**\n\n");
            }
        } else if (s.hasTitle()) {
            int h = Math.min(6, s.level().outlineLevel() + 1);
            w.write("#".repeat(h) + " " + esc(s.heading()) + "\n\n");
        } else if (!s.label().isEmpty() && !blocks.isEmpty() && blocks.get(0) instanceof Paragraph first) {
            w.write(esc(s.label()) + "　" + esc(first.plainText()) + "\n\n");
            blocks = blocks.subList(1, blocks.size());
        }
        BlockVisitor<Void, IOException> visitor = new BlockVisitor<>() {
            @Override
            public Void paragraph(Paragraph p) throws IOException {
                w.write(esc(p.plainText()) + "\n\n");
                return null;
            }

            @Override
            public Void list(ItemList l) throws IOException {
                items(w, l.items(), "");
                w.write("\n");
                return null;
            }

            @Override
            public Void table(Table t) throws IOException {
                MarkdownWriter.table(w, t);
                return null;
            }
        };
        for (Block b : blocks) {
            b.accept(visitor);
        }
        for (Section c : s.children()) {
            section(w, c);
        }
    }

    private static void table(Writer w, Table t) throws IOException {
        w.write("| " + String.join(" | ", t.header().stream().map(MarkdownWriter::cell).toList()) + " |\n");
        w.write("|" + "---|".repeat(t.columns()) + "\n");
        for (List<String> r : t.rows()) {
            w.write("| " + String.join(" | ", r.stream().map(MarkdownWriter::cell).toList()) + " |\n");
        }
        w.write("\n");
    }

    private static void items(Writer w, List<ListItem> items, String indent) throws IOException {
        for (ListItem i : items) {
            w.write(indent + "- " + esc(i.label()) + "　" + esc(i.text()) + "\n");
            items(w, i.children(), indent + "  ");
        }
    }

    private static String cell(String s) {
        return esc(s).replace("|", "\\|");
    }

    /** Backslash-escapes every ASCII punctuation character CommonMark may interpret. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_{}[]<>()#+-.!|$&~".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
