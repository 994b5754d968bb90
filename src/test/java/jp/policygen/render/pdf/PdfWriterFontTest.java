package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.policy.SampleDocuments;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;
import jp.policygen.render.pdf.FontLocator.FontChoice;

class PdfWriterFontTest {
    @TempDir
    Path dir;

    @Test
    void embedsTheJapaneseFontWhenOneIsInstalled() throws IOException {
        assumeTrue(FontLocator.system().locate().isPresent(), "no Japanese font on this machine");
        List<String> warnings = new ArrayList<>();
        PdfPages pdf = PdfPages.write(new PdfWriter(RenderOptions.defaults(), warnings::add),
                SampleDocuments.standard());
        List<PDFont> fonts = pdf.fonts();
        assertFalse(fonts.isEmpty());
        for (PDFont font : fonts) {
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void withoutAFontFallsBackToTheBuiltInFontAndWarnsOnce() throws IOException {
        List<String> warnings = new ArrayList<>();
        PdfWriter writer = new PdfWriter(RenderOptions.defaults(), warnings::add, new FontLocator(List.of()));
        PdfPages standard = PdfPages.write(writer, SampleDocuments.standard());
        PdfPages.write(writer, SampleDocuments.basicPolicy());

        assertEquals(1, warnings.size(), warnings.toString());
        String warning = warnings.get(0);
        assertTrue(warning.contains("埋め込"), warning);
        assertTrue(warning.contains("apt install fonts-ipaexfont"), warning);
        assertTrue(warning.contains("--font"), warning);
        for (PDFont font : standard.fonts()) {
            assertFalse(font.isEmbedded());
            assertTrue(font.getName().startsWith(PdfFonts.FALLBACK_MINCHO)
                    || font.getName().startsWith(PdfFonts.FALLBACK_GOTHIC), font.getName());
        }
        assertTrue(standard.text().contains("副市長を、最高情報セキュリティ責任者"), "text stays extractable");
    }

    @Test
    void givenFontIsUsedForBodyAndHeadings() throws IOException {
        Optional<FontChoice> installed = FontLocator.system().locate();
        assumeTrue(installed.isPresent(), "no Japanese font on this machine");
        Path font = installed.get().body().path();
        PdfWriter writer = new PdfWriter(RenderOptions.defaults().withPdfFont(font), Warnings.NONE,
                new FontLocator(List.of()));
        List<PDFont> fonts = PdfPages.write(writer, SampleDocuments.standard()).fonts();
        assertEquals(1, fonts.stream().map(PDFont::getName).distinct().count(), fonts.toString());
        assertTrue(fonts.get(0).isEmbedded());
    }

    /**
     * The IPAex path (what a Linux user without BIZ UD gets) stays tested where BIZ UD is installed too, as in
     * CI: named with the font option, IPAex明朝 is embedded and the text reads back.
     */
    @Test
    void ipaexGivenByTheFontOptionIsEmbedded() throws IOException {
        Path ipaex = List.of(Path.of("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
                Path.of("/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf")).stream()
                .filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(ipaex != null, "fonts-ipaexfont installed (.ci/run installs it)");
        PdfPages pdf = PdfPages.write(new PdfWriter(RenderOptions.defaults().withPdfFont(ipaex), Warnings.NONE),
                SampleDocuments.standard());
        for (PDFont font : pdf.fonts()) {
            assertTrue(font.isEmbedded() && font.getName().contains("IPAexMincho"), font.getName());
        }
        assertTrue(pdf.text().contains("副市長を、最高情報セキュリティ責任者"), "text reads back");
    }

    @Test
    void locatorPrefersBizUdOverIpaexSoThePdfPrintsInTheFaceTheWordFilesName() throws IOException {
        Path linux = Files.createDirectories(dir.resolve("usr/share/fonts"));
        for (String f : List.of("opentype/ipaexfont-mincho/ipaexm.ttf", "opentype/ipaexfont-gothic/ipaexg.ttf",
                "truetype/bizud-mincho/BIZUDMincho-Regular.ttf", "truetype/bizud-mincho/BIZUDPMincho-Regular.ttf",
                "truetype/bizud-gothic/BIZUDGothic-Regular.ttf", "truetype/bizud-gothic/BIZUDGothic-Bold.ttf")) {
            Files.createDirectories(linux.resolve(f).getParent());
            Files.createFile(linux.resolve(f));
        }
        FontChoice choice = new FontLocator(List.of(linux)).locate().orElseThrow();
        assertEquals("BIZUDMincho-Regular.ttf", choice.body().path().getFileName().toString());
        assertEquals("BIZUDGothic-Regular.ttf", choice.heading().path().getFileName().toString());
    }

    @Test
    void missingGivenFontIsAnErrorNamingThePath() {
        Path missing = dir.resolve("nai.ttf");
        PdfWriter writer = new PdfWriter(RenderOptions.defaults().withPdfFont(missing), Warnings.NONE);
        IOException e = assertThrows(IOException.class,
                () -> writer.write(SampleDocuments.standard(), new java.io.ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("見つかりません"), e.getMessage());
    }

    @Test
    void givenFileThatIsNoFontIsAnErrorNamingThePath() throws IOException {
        Path bogus = Files.writeString(dir.resolve("bogus.ttf"), "not a font");
        PdfWriter writer = new PdfWriter(RenderOptions.defaults().withPdfFont(bogus), Warnings.NONE);
        IOException e = assertThrows(IOException.class,
                () -> writer.write(SampleDocuments.standard(), new java.io.ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains(bogus.toString()), e.getMessage());
    }

    @Test
    void locatorPrefersTheEarlierFaceAndPairsItsGothic() throws IOException {
        Path windows = Files.createDirectories(dir.resolve("Windows/Fonts"));
        Path linux = Files.createDirectories(dir.resolve("usr/share/fonts/opentype"));
        Files.createFile(windows.resolve("msmincho.ttc"));
        Files.createFile(windows.resolve("msgothic.ttc"));
        Files.createDirectories(linux.resolve("ipaexfont-mincho"));
        Files.createDirectories(linux.resolve("ipaexfont-gothic"));
        Files.createFile(linux.resolve("ipaexfont-mincho/ipaexm.ttf"));
        Files.createFile(linux.resolve("ipaexfont-gothic/ipaexg.ttf"));

        FontChoice both = new FontLocator(List.of(windows, dir.resolve("usr/share/fonts"))).locate().orElseThrow();
        assertEquals(windows.resolve("msmincho.ttc"), both.body().path());
        assertEquals(windows.resolve("msgothic.ttc"), both.heading().path());
        assertEquals(windows.resolve("msmincho.ttc") + ",0", both.body().openPdfName(), "a collection's first face");

        FontChoice linuxOnly = new FontLocator(List.of(dir.resolve("usr/share/fonts"))).locate().orElseThrow();
        assertEquals(linux.resolve("ipaexfont-mincho/ipaexm.ttf"), linuxOnly.body().path());
        assertEquals(linux.resolve("ipaexfont-gothic/ipaexg.ttf"), linuxOnly.heading().path(),
                "the Gothic in a sibling folder counts as beside it");
        assertEquals(linuxOnly.body().path().toString(), linuxOnly.body().openPdfName());
    }

    @Test
    void locatorUsesTheMinchoForHeadingsWhenNoGothicIsFound() throws IOException {
        Files.createFile(dir.resolve("BIZUDMincho-Regular.ttf"));
        FontChoice choice = new FontLocator(List.of(dir)).locate().orElseThrow();
        assertEquals(choice.body(), choice.heading());
    }

    @Test
    void locatorMatchesDecomposedMacFileNames() throws IOException {
        // HFS+ keeps names decomposed: ゴ as コ + combining voiced mark
        String nfd = Normalizer.normalize("ヒラギノ明朝 ProN.ttc", Normalizer.Form.NFD);
        Files.createFile(dir.resolve(nfd));
        assertTrue(new FontLocator(List.of(dir)).locate().isPresent());
    }

    @Test
    void locatorFindsNothingInEmptyOrMissingFolders() {
        assertTrue(new FontLocator(List.of(dir, dir.resolve("missing"))).locate().isEmpty());
    }
}
