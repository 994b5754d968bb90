package jp.policygen.render.docx;

import java.util.LinkedHashMap;
import java.util.Map;

import org.docx4j.wml.Fonts;

import jp.policygen.render.RenderOptions;

/**
 * Declares the body and heading fonts as Japanese (charset 80, Shift_JIS). When the named font is not installed,
 * Word then substitutes a Japanese Mincho or Gothic face instead of a Western one, so the document still reads
 * as intended on a PC without BIZ UD fonts.
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
        families.forEach((name, family) -> xml.append("<w:font w:name=\"").append(Resources.escapeAttribute(name))
                .append("\"><w:charset w:val=\"80\"/><w:family w:val=\"").append(family).append("\"/></w:font>"));
        return Wml.parse("fonts", xml.toString(), Fonts.class);
    }
}
