package jp.policygen.render;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Choices that change how documents look but not what they say.
 *
 * @param pdfFont       a TrueType/OpenType (.ttf/.ttc/.otf) font to embed in PDFs; empty = search the usual places
 * @param referenceDocx a .docx whose styles replace ours (like pandoc's --reference-doc); empty = built-in styles
 * @param bodyFont      East Asian font name for body text in Word (default BIZ UD明朝)
 * @param headingFont   East Asian font name for headings in Word (default BIZ UDゴシック)
 */
public record RenderOptions(Optional<Path> pdfFont, Optional<Path> referenceDocx, String bodyFont, String headingFont) {

    /**
     * The family name of the BIZ UD Mincho that fontconfig (LibreOffice on Linux, Debian's fonts-morisawa-bizud-mincho,
     * Google Fonts) knows. Windows 10 and later install the same face as "BIZ UD明朝 Medium"; the Word files' font
     * table gives Word that name as the alternate to look for (FontTable), so both resolve one face.
     */
    public static final String DEFAULT_BODY_FONT = "BIZ UD明朝";
    /** The name Windows installs {@link #DEFAULT_BODY_FONT} under (BIZ-UDMinchoM.ttc). */
    public static final String DEFAULT_BODY_FONT_ON_WINDOWS = "BIZ UD明朝 Medium";
    public static final String DEFAULT_HEADING_FONT = "BIZ UDゴシック";

    public static RenderOptions defaults() {
        return new RenderOptions(Optional.empty(), Optional.empty(), DEFAULT_BODY_FONT, DEFAULT_HEADING_FONT);
    }

    public RenderOptions withPdfFont(Path font) {
        return new RenderOptions(Optional.ofNullable(font), referenceDocx, bodyFont, headingFont);
    }

    public RenderOptions withReferenceDocx(Path docx) {
        return new RenderOptions(pdfFont, Optional.ofNullable(docx), bodyFont, headingFont);
    }
}
