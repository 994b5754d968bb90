package jp.policygen.render.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.docx4j.dml.Theme;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Fonts;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/**
 * Takes the house style from a user's .docx, like pandoc's --reference-doc: its styles, numbering, font table and
 * theme replace ours (the theme too, because Word's own styles name theme fonts such as minorEastAsia).
 *
 * <p>Our roles are matched to the reference's styles by Word's built-in name ("heading 1"), not by id, since
 * Japanese Word saves Heading 1 under the id "1". Styles the reference lacks (a document made in Word usually
 * holds only the styles it used) are added from ours, so headings keep their outline levels.
 */
final class ReferenceStyles {
    private ReferenceStyles() {
    }

    static StyleSheet load(Path docx, Styles builtIn) throws IOException {
        MainDocumentPart main = open(docx).getMainDocumentPart();
        if (main.getStyleDefinitionsPart() == null) {
            throw new IOException("参照用のWord文書にスタイルがありません: " + docx);
        }
        Styles styles = main.getStyleDefinitionsPart().getJaxbElement();
        Map<StyleRole, String> ids = merge(styles, builtIn);
        return new StyleSheet(styles, ids, numbering(main), fonts(main), theme(main));
    }

    /**
     * Checks, before anything is written, that a reference document is a .docx this tool will read: a zip within
     * the tool's input limits ({@link jp.policygen.io.InputLimits}: size, entries, inflated sizes), whose XML parts
     * declare no DTD or entities (Word never writes one; a DTD in a document can make an XML reader fetch files
     * or blow up), and whose styles docx4j can load.
     */
    static void check(Path docx, Styles builtIn) throws IOException {
        if (!Files.isRegularFile(docx)) {
            throw new IOException("書式を取り込む .docx ファイルが見つかりません。");
        }
        int entries;
        try {
            byte[] bytes = jp.policygen.io.InputLimits.readFile(docx);
            entries = jp.policygen.io.InputLimits.eachZipEntry(new java.io.ByteArrayInputStream(bytes), (e, content) -> {
                String name = e.getName().toLowerCase(java.util.Locale.ROOT);
                if (!(name.endsWith(".xml") || name.endsWith(".rels"))) {
                    return;
                }
                byte[] buf = new byte[65536];
                String tail = "";
                for (int n; (n = content.read(buf)) > 0; ) {
                    String chunk = tail + new String(buf, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .toUpperCase(java.util.Locale.ROOT);
                    if (chunk.contains("<!DOCTYPE") || chunk.contains("<!ENTITY")) {
                        throw new IOException("書式を取り込む .docx の「" + jp.policygen.io.Messages.escape(e.getName())
                                + "」に DTD（<!DOCTYPE>）があるため、安全のため読み込みません。"
                                + "Word で開いて保存し直した文書を指定してください。");
                    }
                    tail = chunk.substring(Math.max(0, chunk.length() - 16));
                }
            });
        } catch (java.util.zip.ZipException e) {
            entries = 0;
        }
        if (entries == 0) {
            throw new IOException("Word 文書（.docx）ではありません。Word で「.docx」形式で保存した文書を指定してください。");
        }
        load(docx, builtIn);
    }

    private static WordprocessingMLPackage open(Path docx) throws IOException {
        if (!Files.isRegularFile(docx)) {
            throw new IOException("参照用のWord文書が見つかりません: " + docx);
        }
        try {
            // the bytes, not the file: docx4j then reads the zip as the limits checked it (entry by entry), and a
            // file grown since the check is refused
            return WordprocessingMLPackage.load(new java.io.ByteArrayInputStream(jp.policygen.io.InputLimits.readFile(docx)));
        } catch (Docx4JException | RuntimeException e) {
            throw new IOException("参照用のWord文書を読み込めません（.docx形式か確認してください）: " + docx, e);
        }
    }

    /**
     * Adds our styles that the reference lacks (by name) to its styles, and returns the id each role resolves to.
     */
    static Map<StyleRole, String> merge(Styles reference, Styles builtIn) {
        Map<String, Style> byName = new HashMap<>();
        Set<String> takenIds = new HashSet<>();
        for (Style s : reference.getStyle()) {
            takenIds.add(s.getStyleId());
            if (s.getName() != null) {
                byName.putIfAbsent(nameKey(s.getType(), s.getName().getVal()), s);
            }
        }
        Map<String, String> resolved = new HashMap<>();
        List<Style> missing = new ArrayList<>();
        for (Style ours : builtIn.getStyle()) {
            Style theirs = byName.get(nameKey(ours.getType(), ours.getName().getVal()));
            resolved.put(ours.getStyleId(), theirs != null ? theirs.getStyleId() : ours.getStyleId());
            if (theirs == null && !takenIds.contains(ours.getStyleId())) {
                missing.add(ours);
            }
        }
        for (Style added : missing) {
            relink(added, resolved);
            reference.getStyle().add(added);
        }
        Map<StyleRole, String> ids = new EnumMap<>(StyleRole.class);
        for (StyleRole role : StyleRole.values()) {
            ids.put(role, resolved.getOrDefault(role.builtInId(), role.builtInId()));
        }
        return ids;
    }

    /** Points an added style's basedOn/next at the reference's ids, and keeps it from replacing its defaults. */
    private static void relink(Style style, Map<String, String> resolved) {
        if (style.getBasedOn() != null) {
            style.getBasedOn().setVal(resolved.getOrDefault(style.getBasedOn().getVal(), style.getBasedOn().getVal()));
        }
        if (style.getNext() != null) {
            style.getNext().setVal(resolved.getOrDefault(style.getNext().getVal(), style.getNext().getVal()));
        }
        style.setLink(null);
        style.setDefault(null);
    }

    private static String nameKey(String type, String name) {
        return type + ":" + name.toLowerCase(Locale.ROOT);
    }

    /** Picture bullets live in image parts we do not copy, so numbering with them is left out. */
    private static Numbering numbering(MainDocumentPart main) {
        if (main.getNumberingDefinitionsPart() == null) {
            return null;
        }
        Numbering numbering = main.getNumberingDefinitionsPart().getJaxbElement();
        return numbering.getNumPicBullet().isEmpty() ? numbering : null;
    }

    /** The font table without embedded fonts, whose font parts we do not copy. */
    private static Fonts fonts(MainDocumentPart main) {
        if (main.getFontTablePart() == null) {
            return null;
        }
        Fonts fonts = main.getFontTablePart().getJaxbElement();
        for (Fonts.Font font : fonts.getFont()) {
            font.setEmbedRegular(null);
            font.setEmbedBold(null);
            font.setEmbedItalic(null);
            font.setEmbedBoldItalic(null);
        }
        return fonts;
    }

    private static Theme theme(MainDocumentPart main) {
        return main.getThemePart() == null ? null : main.getThemePart().getJaxbElement();
    }
}
