package jp.policygen.importer;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a 例規集 page: every block element that holds text of its own (a p, div, li, td, th, dt, dd, h1–h6) is a
 * paragraph, in document order; scripts, styles and navigation are left out. jsoup parses the HTML as a browser
 * does, which the pages of the 例規 systems (often invalid, table-laid-out HTML) need.
 */
final class HtmlReader {
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "li", "td", "th", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "caption", "section", "article", "tr");

    private HtmlReader() {
    }

    static BodyText read(String name, String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, nav, noscript, header nav, footer").remove();
        List<SourceLine> out = new ArrayList<>();
        collect(doc.body() == null ? doc : doc.body(), out);
        return Outline.parse(name, "HTML", out);
    }

    /** A block's own text (inline children included, nested blocks apart) becomes one paragraph. */
    private static void collect(Element e, List<SourceLine> out) {
        StringBuilder own = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                own.append(t.text());
            } else if (n instanceof Element c) {
                if (c.tagName().equals("br")) {
                    flush(own, out);
                } else if (BLOCKS.contains(c.tagName()) || c.select(String.join(",", BLOCKS)).size() > 0) {
                    flush(own, out);
                    if (c.tagName().equals("tr")) {
                        out.add(new SourceLine(String.join("　", c.children().eachText()), "表の行" + (out.size() + 1)));
                    } else {
                        collect(c, out);
                    }
                } else {
                    own.append(c.text());
                }
            }
        }
        flush(own, out);
    }

    private static void flush(StringBuilder own, List<SourceLine> out) {
        String s = own.toString().strip();
        if (!s.isEmpty()) {
            out.add(new SourceLine(s, "段落" + (out.size() + 1)));
        }
        own.setLength(0);
    }
}
