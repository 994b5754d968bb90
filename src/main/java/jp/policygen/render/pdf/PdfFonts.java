package jp.policygen.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DenseCmap;
import com.lowagie.text.pdf.SubsetFont;

import jp.policygen.render.Warnings;
import jp.policygen.render.pdf.FontLocator.FontChoice;
import jp.policygen.render.pdf.FontLocator.FontFile;

/**
 * The font files of a writer, read once, and the BaseFonts made from them, parsed once per thread (see
 * {@link #faces()}).
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
        BaseFont create(boolean embedded) throws IOException {
            try {
                // OpenPDF's TrueType font, subsetting each document's font program faster (the same bytes)
                BaseFont font = SubsetFont.create(name, bytes);
                DenseCmap.install(font); // same answers, without hashing every character (see there)
                return font;
            } catch (RuntimeException e) { // OpenPDF's DocumentException is unchecked
                throw new IOException("フォントとして読み込めません: " + name + "（" + e.getMessage() + "）", e);
            }
        }
    }

    private final Loaded body;
    private final Loaded heading;
    /** Fonts for the characters the main font lacks, in the order tried; read only when first needed. */
    private final List<Fallback> fallbacks;
    private final ThreadLocal<Faces> faces = new ThreadLocal<>();
    private final ThreadLocal<Faces> layoutFaces = new ThreadLocal<>();

    private PdfFonts(Loaded body, Loaded heading, List<FontFile> fallbacks) {
        this.body = body;
        this.heading = heading;
        this.fallbacks = fallbacks.stream().map(Fallback::new).toList();
    }

    /** A fallback font file, read once for all renderings, the first time a character needs it. */
    private static final class Fallback {
        private final FontFile file;
        private Loaded loaded;
        private boolean unusable;

        Fallback(FontFile file) {
            this.file = file;
        }

        synchronized BaseFont create(boolean embedded) {
            if (unusable) {
                return null;
            }
            try {
                if (loaded == null) {
                    loaded = read(file);
                }
                return loaded.create(embedded);
            } catch (IOException e) {
                unusable = true; // a broken fallback is skipped, the next one is tried
                return null;
            }
        }
    }

    /**
     * The user's font if one is given (an unusable one is an error: they asked for it), else the first one
     * found that loads, else OpenPDF's built-in Japanese fonts, which are not embedded; that is warned of.
     */
    static PdfFonts resolve(Optional<Path> given, FontLocator locator, Warnings warnings) throws IOException {
        if (given.isPresent()) {
            FontChoice choice = FontLocator.given(given.get());
            PdfFonts fonts = load(choice, locator.fallbacks(choice.body().path()));
            fonts.faces(); // fail now, naming the file, rather than halfway through a document
            return fonts;
        }
        Optional<FontChoice> found = locator.locate();
        if (found.isPresent()) {
            try {
                PdfFonts fonts = load(found.get(), locator.fallbacks(found.get().body().path()));
                fonts.faces();
                return fonts;
            } catch (IOException e) {
                // an installed font OpenPDF cannot read is treated like no font: warned of, not fatal
            }
        }
        warnings.accept(NO_FONT_WARNING);
        return new PdfFonts(null, null, locator.fallbacks(null));
    }

    private static PdfFonts load(FontChoice choice, List<FontFile> fallbacks) throws IOException {
        Loaded body = read(choice.body());
        Loaded heading = choice.heading().equals(choice.body()) ? body : read(choice.heading());
        return new PdfFonts(body, heading, fallbacks);
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

    /**
     * Mincho for the body and Gothic for headings (the same object when only one face is available), and the
     * fallback chain for characters they lack, each font made the first time a character asks for it.
     */
    record Faces(BaseFont mincho, BaseFont gothic, FallbackChain fallbacks) {
        /** Which fonts these are, for the document's fingerprint. */
        String key() {
            return mincho.getPostscriptFontName() + "/" + gothic.getPostscriptFontName();
        }

        /** Subset tags from the document instead of from chance; see {@link DocumentIdentity#subsetTags}. */
        void fixSubsetTags(DocumentIdentity identity) {
            tags(identity.subsetTags(0), identity.subsetTags(1));
            fallbacks.identity(identity);
        }

        /** The subset tags' sources of the main fonts for this thread's next document (null: chance). */
        void tags(SecureRandom minchoTags, SecureRandom gothicTags) {
            source(mincho, minchoTags);
            if (gothic != mincho) {
                source(gothic, gothicTags);
            }
        }

        private static void source(BaseFont font, SecureRandom random) {
            if (font instanceof SubsetFont shared) {
                shared.subsetTags(random); // shared by the threads: the source is this thread's
            } else if (random != null) {
                font.setSecureRandom(random); // this thread's own font
            }
        }
    }

    /**
     * The faces this thread renders with: the main fonts parsed once for all threads (see {@link SubsetFont}: it was
     * once per thread, a parse of each font file on every thread that rendered, the resolving one included) and a
     * fallback chain of the thread's own. A document sets the subset tags' source of its thread alone
     * ({@link Faces#fixSubsetTags}).
     */
    Faces faces() throws IOException {
        return cached(faces, true);
    }

    /**
     * The faces for a rendering that is only laid out to learn where the headings land (its own fallback chain);
     * its subset tags, should it be closed, are drawn from chance as before, not from the last document's source.
     */
    Faces layoutFaces() throws IOException {
        Faces f = cached(layoutFaces, false);
        f.tags((SecureRandom) null, (SecureRandom) null);
        return f;
    }

    private Faces cached(ThreadLocal<Faces> cache, boolean embed) throws IOException {
        Faces f = cache.get();
        if (f == null) {
            f = create(embed);
            cache.set(f);
        }
        return f;
    }

    /** The main fonts, shared by the threads; null until first asked for. */
    private BaseFont[] shared;

    private synchronized BaseFont[] shared() throws IOException {
        if (shared == null) {
            BaseFont mincho = body.create(true);
            shared = new BaseFont[] {mincho, heading == body ? mincho : heading.create(true)};
        }
        return shared;
    }

    private Faces create(boolean embed) throws IOException {
        if (!embedded()) {
            return new Faces(builtIn(FALLBACK_MINCHO), builtIn(FALLBACK_GOTHIC), new FallbackChain(fallbacks, embed));
        }
        BaseFont[] main = shared();
        if (main[0] instanceof SubsetFont && main[1] instanceof SubsetFont) {
            return new Faces(main[0], main[1], new FallbackChain(fallbacks, embed));
        }
        // a font of OpenPDF's own class keeps its subset tags' source for all threads: one per thread then
        BaseFont mincho = body.create(embed);
        return new Faces(mincho, heading == body ? mincho : heading.create(embed), new FallbackChain(fallbacks, embed));
    }

    /**
     * The fallback fonts of a thread's faces, each made the first time a character asks for it; like the main
     * faces they serve one document after another, each with its own subset tags.
     */
    static final class FallbackChain {
        private final List<Fallback> files;
        private final boolean embed;
        private final BaseFont[] fonts;
        private final boolean[] made;
        private DocumentIdentity identity;

        private FallbackChain(List<Fallback> files, boolean embed) {
            this.files = files;
            this.embed = embed;
            this.fonts = new BaseFont[files.size()];
            this.made = new boolean[files.size()];
        }

        /** The document about to be rendered: its subset tags for the fallback fonts made so far and later. */
        void identity(DocumentIdentity identity) {
            this.identity = identity;
            for (int i = 0; i < fonts.length; i++) {
                if (fonts[i] != null) {
                    fonts[i].setSecureRandom(identity.subsetTags(2 + i));
                }
            }
        }

        /** The first fallback font that has a glyph for the character, or null when none has. */
        BaseFont find(int codePoint) {
            for (int i = 0; i < files.size(); i++) {
                if (!made[i]) {
                    made[i] = true;
                    fonts[i] = files.get(i).create(embed);
                    if (fonts[i] != null && identity != null) {
                        fonts[i].setSecureRandom(identity.subsetTags(2 + i));
                    }
                }
                if (fonts[i] != null && fonts[i].charExists(codePoint)) {
                    return fonts[i];
                }
            }
            return null;
        }
    }

    private static BaseFont builtIn(String name) throws IOException {
        try {
            return BaseFont.createFont(name, FALLBACK_ENCODING, BaseFont.NOT_EMBEDDED, false);
        } catch (DocumentException e) {
            throw new IOException("OpenPDFの標準日本語フォントを読み込めません: " + name, e);
        }
    }
}
