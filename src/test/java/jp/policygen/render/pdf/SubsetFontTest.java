package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.SubsetFont;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.render.pdf.FontLocator.FontFile;
import jp.policygen.resolve.Resolver;

/**
 * policygen's TrueType font ({@link SubsetFont}) subsets each document's font program its own way (tables read once
 * per font, glyphs copied from the font's bytes, the ToUnicode hex written directly); the PDF is OpenPDF's, byte for
 * byte: every installed Japanese font, with the text of the sample policies, composite glyphs and characters the
 * font lacks, one document after another from the same font object as a batch renders them.
 */
class SubsetFontTest {

    private static String sampleText() throws IOException {
        Resolver resolver = new Resolver(new TemplateEngine());
        StringBuilder text = new StringBuilder();
        for (String sample : List.of("kakuu-ken.yaml", "kakuu-mura.yaml")) {
            Profile p = TestProfiles.profile(Files.readString(Path.of("profiles", sample)));
            for (jp.policygen.policy.Document d : resolver.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy().documents()) {
                for (Section s : d.flatten()) {
                    text.append(s.title()).append('\n').append(s.plainText()).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static final String EXTRA = "éüñÅçØæœ ÀÉÎÕÜ ﬁﬂ ①②⑳ ㈱㍻ ＡＢＣ１２３ ｱｲｳ 𠮷野家 葛\uDB40\uDD00城 ☃ ♪ ≒≡∫√ 髙﨑 ";

    @Test
    void everyDocumentsFontProgramIsOpenPdfsByteForByte() throws Exception {
        FontLocator system = FontLocator.system();
        assumeTrue(system.locate().isPresent(), "no Japanese font on this machine");
        Set<FontFile> files = new LinkedHashSet<>();
        files.add(system.locate().get().body());
        files.add(system.locate().get().heading());
        files.addAll(system.fallbacks(system.locate().get().body().path()));
        String text = sampleText();
        List<String> documents = List.of(text.substring(0, text.length() / 3) + EXTRA, "短い文書。" + EXTRA, text,
                "ABC abc 123", "");
        int tried = 0;
        for (FontFile file : files) {
            byte[] bytes = Files.readAllBytes(file.path());
            BaseFont openPdf;
            try {
                openPdf = BaseFont.createFont(file.openPdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (RuntimeException e) {
                continue; // a file OpenPDF cannot read is not one to compare
            }
            BaseFont ours = SubsetFont.create(file.openPdfName(), bytes);
            if (file.path().toString().toLowerCase().matches(".*\\.(ttf|ttc)")) {
                assertInstanceOf(SubsetFont.class, ours, file.toString());
            }
            // one document after another from the same font objects, as a thread of a batch writes them
            for (int d = 0; d < documents.size(); d++) {
                assertArrayEquals(pdf(openPdf, documents.get(d), d), pdf(ours, documents.get(d), d), file + ", document " + d);
            }
            tried++;
            if (tried >= 4) {
                break; // enough fonts: each compare writes the whole text
            }
        }
        assumeTrue(tried > 0, "no TrueType font OpenPDF reads");
    }

    @Test
    void eachThreadDrawsItsSubsetTagsFromItsOwnSource() throws Exception {
        assumeTrue(FontLocator.system().locate().isPresent(), "no Japanese font on this machine");
        FontFile file = FontLocator.system().locate().get().body();
        BaseFont font = SubsetFont.create(file.openPdfName(), Files.readAllBytes(file.path()));
        assumeTrue(font instanceof SubsetFont, "a TrueType font");
        SubsetFont shared = (SubsetFont) font;
        List<String> tags = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            long seed = t;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 3; i++) {
                        shared.subsetTags(seeded(seed));
                        String pdf = new String(pdf(shared, "情報セキュリティ対策基準", -1), StandardCharsets.ISO_8859_1);
                        synchronized (tags) {
                            tags.add(seed + ":" + tag(pdf));
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(6, tags.size());
        assertEquals(2, new LinkedHashSet<>(tags).size(), "each thread's tag comes from its own source: " + tags);
        assertNotEquals(tags.stream().filter(s -> s.startsWith("0:")).findFirst(),
                tags.stream().filter(s -> s.startsWith("1:")).findFirst());
    }

    private static String tag(String pdf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/BaseFont/([A-Z]{6})\\+").matcher(pdf);
        return m.find() ? m.group(1) : "";
    }

    private static SecureRandom seeded(long seed) {
        Random random = new Random(seed);
        return new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public double nextDouble() {
                return random.nextDouble();
            }
        };
    }

    /** The text as paragraphs in the font, the dates and /ID that OpenPDF takes from the clock blanked out. */
    private static byte[] pdf(BaseFont font, String text, long seed) throws IOException {
        if (seed >= 0) {
            font.setSecureRandom(seeded(seed));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
        doc.open();
        Font f = new Font(font, 10.5f);
        for (String line : text.split("\n")) {
            doc.add(new Paragraph(line.isEmpty() ? " " : line, f));
        }
        doc.close();
        String s = new String(out.toByteArray(), StandardCharsets.ISO_8859_1)
                .replaceAll("/(CreationDate|ModDate)\\(D:[^)]*\\)", "/$1()")
                .replaceAll("/ID \\[<[0-9a-fA-F]*><[0-9a-fA-F]*>\\]", "/ID []");
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
