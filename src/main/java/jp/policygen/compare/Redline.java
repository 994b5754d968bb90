package jp.policygen.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;

/**
 * 見え消し (issue 20 item 7): the new version as a Word file whose changes against the old one are Word's tracked
 * changes — inserted words in {@code w:ins}, deleted words in {@code w:del}, a paragraph's mark too when a line was
 * added or taken away — with an author and a date (the body and the new 施行日), so that a reviewer accepts or
 * rejects them in 変更履歴; accepting all gives the new text. The same words are compared as in the 新旧対照表
 * (clause by clause, by stable id). Written as plain WordprocessingML: a file of paragraphs and runs, nothing that
 * needs a layout engine; the same bytes for the same versions.
 */
public final class Redline {
    public static final String TITLE = "見え消し";

    private Redline() {
    }

    /** One paragraph: runs of (op, text), and whether its mark (the line break after it) was inserted or deleted. */
    record Para(List<TextDiff.Segment> runs, TextDiff.Op mark, boolean heading) {
    }

    public static byte[] docx(Policy oldPolicy, Policy newPolicy) {
        DocumentInfo info = newPolicy.documents().isEmpty() ? null : newPolicy.documents().get(0).info();
        String author = info == null || info.bodyName().isEmpty() ? "policygen" : info.bodyName();
        String date = info == null ? "" : info.effectiveDate().map(d -> d + "T00:00:00Z").orElse("");
        return zip(paragraphs(oldPolicy, newPolicy), author, date);
    }

    /** The new version's text paragraph by paragraph, with the old one's words struck through where they changed. */
    static List<Para> paragraphs(Policy oldPolicy, Policy newPolicy) {
        Map<DocumentKind, Document> olds = new HashMap<>();
        oldPolicy.documents().forEach(d -> olds.put(d.kind(), d));
        List<Para> out = new ArrayList<>();
        for (Document n : newPolicy.documents()) {
            if (n.kind() == DocumentKind.ROLES) {
                continue; // a table of marks: its changes are the 対照表's rows
            }
            out.add(new Para(List.of(new TextDiff.Segment(TextDiff.Op.EQUAL, n.title())), TextDiff.Op.EQUAL, true));
            Document o = olds.get(n.kind());
            Map<String, Section> oldById = new LinkedHashMap<>();
            if (o != null) {
                o.flatten().forEach(s -> oldById.putIfAbsent(s.id(), s));
            }
            Map<String, Section> newById = new HashMap<>();
            n.flatten().forEach(s -> newById.putIfAbsent(s.id(), s));
            // deleted clauses follow the nearest earlier clause of the old version that is still there
            Map<String, List<Section>> deletedAfter = new HashMap<>();
            List<Section> leading = new ArrayList<>();
            String lastKept = null;
            for (Section s : oldById.values()) {
                if (newById.containsKey(s.id())) {
                    lastKept = s.id();
                } else if (lastKept == null) {
                    leading.add(s);
                } else {
                    deletedAfter.computeIfAbsent(lastKept, k -> new ArrayList<>()).add(s);
                }
            }
            leading.forEach(s -> add(out, text(s), "", s));
            for (Section s : n.flatten()) {
                Section old = oldById.get(s.id());
                add(out, old == null ? "" : text(old), text(s), s);
                deletedAfter.getOrDefault(s.id(), List.of()).forEach(d -> add(out, text(d), "", d));
            }
        }
        return out;
    }

    private static String text(Section s) {
        String number = ClauseText.number(s);
        String body = ClauseText.text(s);
        return number + (body.isEmpty() ? "" : ClauseText.separator(s, number) + body);
    }

    /** The paragraphs of one clause: old and new compared, split at line feeds. */
    private static void add(List<Para> out, String oldText, String newText, Section s) {
        if (oldText.isEmpty() && newText.isEmpty()) {
            return;
        }
        List<TextDiff.Segment> diff = oldText.equals(newText)
                ? List.of(new TextDiff.Segment(TextDiff.Op.EQUAL, newText))
                : oldText.isEmpty() ? List.of(new TextDiff.Segment(TextDiff.Op.INSERT, newText))
                : newText.isEmpty() ? List.of(new TextDiff.Segment(TextDiff.Op.DELETE, oldText))
                : TextDiff.diff(oldText, newText);
        // the clause ends its last paragraph: that mark is inserted or deleted with the whole clause
        TextDiff.Op whole = oldText.isEmpty() ? TextDiff.Op.INSERT : newText.isEmpty() ? TextDiff.Op.DELETE
                : TextDiff.Op.EQUAL;
        List<TextDiff.Segment> runs = new ArrayList<>();
        for (TextDiff.Segment seg : diff) {
            String[] parts = seg.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.add(new Para(runs, seg.op(), false)); // a line feed of this op ends the paragraph
                    runs = new ArrayList<>();
                }
                if (!parts[i].isEmpty()) {
                    runs.add(new TextDiff.Segment(seg.op(), parts[i]));
                }
            }
        }
        out.add(new Para(runs, whole, false));
    }

    // ---- WordprocessingML

    private static byte[] zip(List<Para> paragraphs, String author, String date) {
        StringBuilder body = new StringBuilder();
        int[] id = {0};
        for (Para p : paragraphs) {
            body.append("<w:p><w:pPr>");
            if (p.heading()) {
                body.append("<w:spacing w:before=\"240\" w:after=\"120\"/>");
            }
            if (p.mark() != TextDiff.Op.EQUAL) {
                body.append("<w:rPr>").append(mark(p.mark() == TextDiff.Op.INSERT ? "ins" : "del", id, author, date))
                        .append("</w:rPr>");
            }
            body.append("</w:pPr>");
            for (TextDiff.Segment r : p.runs()) {
                String rpr = p.heading() ? "<w:rPr><w:b/></w:rPr>" : "";
                switch (r.op()) {
                    case INSERT -> body.append("<w:ins ").append(attributes(id, author, date)).append("><w:r>").append(rpr)
                            .append("<w:t xml:space=\"preserve\">").append(escape(r.text())).append("</w:t></w:r></w:ins>");
                    case DELETE -> body.append("<w:del ").append(attributes(id, author, date)).append("><w:r>").append(rpr)
                            .append("<w:delText xml:space=\"preserve\">").append(escape(r.text()))
                            .append("</w:delText></w:r></w:del>");
                    default -> body.append("<w:r>").append(rpr).append("<w:t xml:space=\"preserve\">")
                            .append(escape(r.text())).append("</w:t></w:r>");
                }
            }
            body.append("</w:p>");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1701\" w:right=\"1418\" w:bottom=\"1418\""
                + " w:left=\"1418\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:docDefaults>"
                + "<w:rPrDefault><w:rPr><w:rFonts w:ascii=\"BIZ UD明朝\" w:eastAsia=\"BIZ UD明朝\" w:hAnsi=\"BIZ UD明朝\"/>"
                + "<w:sz w:val=\"21\"/><w:lang w:val=\"ja-JP\" w:eastAsia=\"ja-JP\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                + "</w:styles>";
        // the changes stay visible as changes when the file opens (Word's 変更履歴 shows them)
        String settings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:trackRevisions/></w:settings>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
                + "</Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>";
        String documentRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
                + "</Relationships>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", types);
            entry(zip, "_rels/.rels", rels);
            entry(zip, "word/_rels/document.xml.rels", documentRels);
            entry(zip, "word/document.xml", document);
            entry(zip, "word/styles.xml", styles);
            entry(zip, "word/settings.xml", settings);
        } catch (IOException e) {
            throw new IllegalStateException(e); // in memory
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(315532800000L); // 1980-01-01: the same bytes every run
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String mark(String element, int[] id, String author, String date) {
        return "<w:" + element + " " + attributes(id, author, date) + "/>";
    }

    private static String attributes(int[] id, String author, String date) {
        return "w:id=\"" + (++id[0]) + "\" w:author=\"" + escape(author) + "\"" + (date.isEmpty() ? ""
                : " w:date=\"" + date + "\"");
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (cp >= 0x20 || cp == '\t') {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }
}
