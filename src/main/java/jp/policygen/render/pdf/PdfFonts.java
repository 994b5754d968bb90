package jp.policygen.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import jp.policygen.render.Warnings;
import jp.policygen.render.pdf.FontLocator.FontChoice;
import jp.policygen.render.pdf.FontLocator.FontFile;

/**
 * The font files of a writer, read once, from which each rendering makes its own BaseFonts. Fresh BaseFonts
 * per rendering because a BaseFont records which glyphs were used (for the subset) and the subset tag's
 * random source; sharing one between renderings would mix both.
 */
final class PdfFonts {
    static final String FALLBACK_MINCHO = "HeiseiMin-W3";
    static final String FALLBACK_GOTHIC = "HeiseiKakuGo-W5";
    private static final String FALLBACK_ENCODING = "UniJIS-UCS2-H";

    static final String NO_FONT_WARNING = "PDFに日本語フォントを埋め込めませんでした。日本語フォント（BIZ UD明朝、IPAex明朝など）が"
            + "見つからないため、埋め込まない標準フォント（" + FALLBACK_MINCHO + "）で出力します。"
            + "日本語フォントのない環境ではPDFの文字が正しく表示されないことがあります。"
            + "BIZ UD明朝 または IPAex明朝 をインストールする（Debian/Ubuntu では apt install fonts-ipaexfont）か、"
            + "--font でフォントファイル（.ttf / .ttc / .otf）を指定してください。";

    /** One font file's bytes and the name OpenPDF knows it by (with ",0" for a collection). */
    private record Loaded(String name, byte[] bytes) {
        BaseFont create() throws IOException {
            try {
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (RuntimeException e) { // OpenPDF's DocumentException is unchecked
                throw new IOException("フォントとして読み込めません: " + name + "（" + e.getMessage() + "）", e);
            }
        }
    }

    private final Loaded body;
    private final Loaded heading;

    private PdfFonts(Loaded body, Loaded heading) {
        this.body = body;
        this.heading = heading;
    }

    /**
     * The user's font if one is given (an unusable one is an error: they asked for it), else the first one
     * found that loads, else OpenPDF's built-in Japanese fonts, which are not embedded; that is warned of.
     */
    static PdfFonts resolve(Optional<Path> given, FontLocator locator, Warnings warnings) throws IOException {
        if (given.isPresent()) {
            PdfFonts fonts = load(FontLocator.given(given.get()));
            fonts.create(); // fail now, naming the file, rather than halfway through a document
            return fonts;
        }
        Optional<FontChoice> found = locator.locate();
        if (found.isPresent()) {
            try {
                PdfFonts fonts = load(found.get());
                fonts.create();
                return fonts;
            } catch (IOException e) {
                // an installed font OpenPDF cannot read is treated like no font: warned of, not fatal
            }
        }
        warnings.accept(NO_FONT_WARNING);
        return new PdfFonts(null, null);
    }

    private static PdfFonts load(FontChoice choice) throws IOException {
        Loaded body = read(choice.body());
        Loaded heading = choice.heading().equals(choice.body()) ? body : read(choice.heading());
        return new PdfFonts(body, heading);
    }

    private static Loaded read(FontFile file) throws IOException {
        try {
            return new Loaded(file.openPdfName(), Files.readAllBytes(file.path()));
        } catch (IOException e) {
            throw new IOException("PDF用のフォントファイルを読み込めません: " + file.path() + "（" + e.getMessage() + "）", e);
        }
    }

    boolean embedded() {
        return body != null;
    }

    /** Mincho for the body and Gothic for headings; the same object when only one face is available. */
    record Faces(BaseFont mincho, BaseFont gothic) {
        /** Which fonts these are, for the document's fingerprint. */
        String key() {
            return mincho.getPostscriptFontName() + "/" + gothic.getPostscriptFontName();
        }

        /** Subset tags from the document instead of from chance; see {@link DocumentIdentity#subsetTags}. */
        void fixSubsetTags(DocumentIdentity identity) {
            mincho.setSecureRandom(identity.subsetTags(0));
            if (gothic != mincho) {
                gothic.setSecureRandom(identity.subsetTags(1));
            }
        }
    }

    Faces create() throws IOException {
        if (!embedded()) {
            return new Faces(builtIn(FALLBACK_MINCHO), builtIn(FALLBACK_GOTHIC));
        }
        BaseFont mincho = body.create();
        return new Faces(mincho, heading == body ? mincho : heading.create());
    }

    private static BaseFont builtIn(String name) throws IOException {
        try {
            return BaseFont.createFont(name, FALLBACK_ENCODING, BaseFont.NOT_EMBEDDED, false);
        } catch (DocumentException e) {
            throw new IOException("OpenPDFの標準日本語フォントを読み込めません: " + name, e);
        }
    }
}
