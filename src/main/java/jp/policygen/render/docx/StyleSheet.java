package jp.policygen.render.docx;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.docx4j.XmlUtils;
import org.docx4j.dml.Theme;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.ThemePart;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Fonts;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.Styles;

import jakarta.xml.bind.JAXBException;
import jp.policygen.render.RenderOptions;

/**
 * The styles part of the output and the style id to use for each {@link StyleRole}, either our built-in styles
 * or those of a reference .docx (see {@link ReferenceStyles}), with the numbering, font table and theme that go
 * with them.
 */
final class StyleSheet {
    private final Styles styles;
    private final Map<StyleRole, String> ids;
    private final Numbering numbering;
    private final Fonts fonts;
    private final Theme theme;

    /** Parts may be null when the source has none. */
    StyleSheet(Styles styles, Map<StyleRole, String> ids, Numbering numbering, Fonts fonts, Theme theme) {
        this.styles = styles;
        this.ids = new EnumMap<>(ids);
        this.numbering = numbering;
        this.fonts = fonts;
        this.theme = theme;
    }

    /** The reference .docx's styles when one is given, else ours. */
    static StyleSheet forOptions(RenderOptions options) throws IOException {
        if (options.referenceDocx().isPresent()) {
            return ReferenceStyles.load(options.referenceDocx().get(), builtInStyles(options));
        }
        return new StyleSheet(builtInStyles(options), builtInIds(), null, FontTable.forOptions(options), null);
    }

    private static Map<StyleRole, String> builtInIds() {
        Map<StyleRole, String> ids = new EnumMap<>(StyleRole.class);
        for (StyleRole role : StyleRole.values()) {
            ids.put(role, role.builtInId());
        }
        return ids;
    }

    /**
     * Our style ids with parts that hold nothing, for a file whose styles and font table are written as bytes
     * ({@link #builtInBytes}, {@link FontTable#bytes}): nothing is unmarshalled.
     */
    static StyleSheet builtInHollow() {
        return new StyleSheet(new Styles(), builtInIds(), null, new Fonts(), null);
    }

    /**
     * Our styles.xml as docx4j marshals {@link #builtInStyles}: its marshalling with the fonts' sentinels, made at
     * build time ({@link JaxbParts}), the names put in as JAXB escapes an attribute; null when a name holds a
     * character JAXB might write otherwise. FontTableTest compares the two for tricky names.
     */
    static byte[] builtInBytes(RenderOptions options) {
        String body = JaxbText.attribute(options.bodyFont());
        String heading = JaxbText.attribute(options.headingFont());
        if (body == null || heading == null) {
            return null;
        }
        String xml = new String(JaxbParts.of(JaxbParts.STYLES), java.nio.charset.StandardCharsets.UTF_8);
        // in builtInStyles' order: a body font named like the heading's sentinel is replaced again, as there
        return xml.replace(JaxbParts.BODY_FONT, body).replace(JaxbParts.HEADING_FONT, heading)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Our styles.xml with the East Asian fonts of the options filled in. */
    static Styles builtInStyles(RenderOptions options) {
        String xml = Resources.text("styles.xml")
                .replace("@BODY_FONT@", Resources.escapeAttribute(options.bodyFont()))
                .replace("@HEADING_FONT@", Resources.escapeAttribute(options.headingFont()));
        try {
            return (Styles) XmlUtils.unwrap(XmlUtils.unmarshalString(xml));
        } catch (JAXBException e) {
            throw new IllegalStateException("built-in styles.xml is invalid", e);
        }
    }

    /**
     * The same style ids with parts of the same kinds that hold nothing, new for each call: for a package whose
     * parts' content is put in place as bytes when the zip is written (see DocxWriter).
     */
    StyleSheet hollow() {
        return new StyleSheet(new Styles(), ids, numbering == null ? null : new Numbering(),
                fonts == null ? null : new Fonts(), theme == null ? null : new Theme());
    }

    String id(StyleRole role) {
        return ids.get(role);
    }

    /** Adds the styles part, and the numbering, font table and theme parts when present, to the document. */
    void install(MainDocumentPart main) throws InvalidFormatException {
        StyleDefinitionsPart stylesPart = new StyleDefinitionsPart();
        stylesPart.setJaxbElement(styles);
        main.addTargetPart(stylesPart);
        if (numbering != null) {
            NumberingDefinitionsPart part = new NumberingDefinitionsPart();
            part.setJaxbElement(numbering);
            main.addTargetPart(part);
        }
        if (fonts != null) {
            FontTablePart part = new FontTablePart();
            part.setJaxbElement(fonts);
            main.addTargetPart(part);
        }
        if (theme != null) {
            ThemePart part = new ThemePart();
            part.setJaxbElement(theme);
            main.addTargetPart(part);
        }
    }
}
