package jp.policygen.render.docx;

import java.util.LinkedHashMap;
import java.util.Map;

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

    static Fonts forOptions(RenderOptions options) {
        // Insertion order keeps the part stable; a shared body/heading font is listed once.
        Map<String, String> families = new LinkedHashMap<>();
        families.put(options.bodyFont(), "roman");
        families.putIfAbsent(options.headingFont(), "modern");
        StringBuilder xml = new StringBuilder();
        families.forEach((name, family) -> {
            xml.append("<w:font w:name=\"").append(Resources.escapeAttribute(name)).append("\">");
            if (name.equals(RenderOptions.DEFAULT_BODY_FONT)) {
                xml.append("<w:altName w:val=\"").append(Resources.escapeAttribute(RenderOptions.DEFAULT_BODY_FONT_ON_WINDOWS))
                        .append("\"/>");
            }
            xml.append("<w:charset w:val=\"80\"/><w:family w:val=\"").append(family).append("\"/></w:font>");
        });
        return Wml.parse("fonts", xml.toString(), Fonts.class);
    }
}
