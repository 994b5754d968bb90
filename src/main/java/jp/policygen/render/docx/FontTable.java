package jp.policygen.render.docx;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.docx4j.wml.CTUcharHexNumber;
import org.docx4j.wml.FontFamily;
import org.docx4j.wml.Fonts;

import jp.policygen.render.RenderOptions;

/**
 * Declares the body and heading fonts as Japanese (charset 80, Shift_JIS). When the named font is not installed,
 * Word then substitutes a Japanese Mincho or Gothic face instead of a Western one, so the document still reads
 * as intended on a PC without BIZ UD fonts.
 *
 * <p>The body font is named as fontconfig knows it (BIZ UD明朝, which LibreOffice resolves where
 * fonts-morisawa-bizud-mincho is installed), with the name Windows installs the same face under (BIZ UD明朝 Medium)
 * as its w:altName: Word looks a font up by its alternate name when the first is not installed (MS-OI29500
 * 2.1.262; one name, at most 31 characters). LibreOffice does not read w:altName, so the name itself must be
 * fontconfig's.
 */
final class FontTable {
    private FontTable() {
    }

    /** The fonts by name, with their family: insertion order keeps the part stable; a shared font is listed once. */
    private static Map<String, String> families(RenderOptions options) {
        Map<String, String> families = new LinkedHashMap<>();
        families.put(options.bodyFont(), "roman");
        families.putIfAbsent(options.headingFont(), "modern");
        return families;
    }

    /** The font table as objects, for docx4j's package (a reference .docx's path, and the tests' oracle). */
    static Fonts forOptions(RenderOptions options) {
        Fonts fonts = Wml.factory().createFonts();
        families(options).forEach((name, family) -> {
            Fonts.Font font = Wml.factory().createFontsFont();
            font.setName(name);
            if (name.equals(RenderOptions.DEFAULT_BODY_FONT)) {
                Fonts.Font.AltName alt = Wml.factory().createFontsFontAltName();
                alt.setVal(RenderOptions.DEFAULT_BODY_FONT_ON_WINDOWS);
                font.setAltName(alt);
            }
            CTUcharHexNumber charset = Wml.factory().createCTUcharHexNumber();
            charset.setVal("80");
            font.setCharset(charset);
            FontFamily f = Wml.factory().createFontFamily();
            f.setVal(family);
            font.setFamily(f);
            fonts.getFont().add(font);
        });
        return fonts;
    }

    /**
     * fontTable.xml as docx4j marshals {@link #forOptions}: its elements in JAXB's indented form inside the frame
     * docx4j writes (made at build time, {@link JaxbParts}); null when a font's name holds a character JAXB might
     * write otherwise (see {@link JaxbText}). FontTableTest compares the two for tricky names.
     */
    static byte[] bytes(RenderOptions options) {
        String frame = new String(JaxbParts.of(JaxbParts.FONTS), StandardCharsets.UTF_8);
        String marker = "\n    <w:font w:name=\"" + JaxbParts.FONT_MARKER + "\"/>";
        int at = frame.indexOf(marker);
        if (at < 0 || frame.indexOf(marker, at + 1) >= 0) {
            throw new IllegalStateException("docx4j wrote a font table unlike expected: " + frame);
        }
        StringBuilder xml = new StringBuilder(frame.length() + 512).append(frame, 0, at);
        for (Map.Entry<String, String> e : families(options).entrySet()) {
            String name = JaxbText.attribute(e.getKey());
            if (name == null) {
                return null;
            }
            xml.append("\n    <w:font w:name=\"").append(name).append("\">");
            if (e.getKey().equals(RenderOptions.DEFAULT_BODY_FONT)) {
                xml.append("\n        <w:altName w:val=\"")
                        .append(JaxbText.attribute(RenderOptions.DEFAULT_BODY_FONT_ON_WINDOWS)).append("\"/>");
            }
            xml.append("\n        <w:charset w:val=\"80\"/>\n        <w:family w:val=\"").append(e.getValue())
                    .append("\"/>\n    </w:font>");
        }
        xml.append(frame, at + marker.length(), frame.length());
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
