package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.profile.TestProfiles;

/**
 * Characters the main PDF font lacks: taken from the next installed font that has them (IPAmj明朝 for 𠮷 and
 * 髙, Symbola for emoji — CI installs both), and what no font has is a warning naming the character, the field
 * and its line, with 〓 in its place: never a silent loss.
 */
class FontFallbackTest {
    @TempDir
    static Path dir;
    static Cli run;
    static String standard;

    @BeforeAll
    static void generate() throws IOException {
        String yaml = TestProfiles.MINIMAL
                .replace("csirt: { name: 架空市CSIRT,", "csirt: { name: 𠮷田髙橋CSIRT😀,")
                .replace("ciso: 副市長", "ciso: 副市長\uE000")
                .replace("it_department: 総務部情報政策課", "it_department: 総務部情報政策課葛\uDB40\uDD00");
        Path profile = TestProfiles.write(dir, "moji.yaml", yaml);
        run = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "pdf");
        Path pdf = dir.resolve("out/moji/02_情報セキュリティ対策基準.pdf");
        if (!Files.exists(pdf)) {
            throw new AssertionError("generate wrote no 対策基準 PDF: " + run.status() + "\n" + run.out() + run.err());
        }
        standard = DocumentText.pdf(pdf);
    }

    private static boolean installed(String file) throws IOException {
        try (var s = Files.walk(Path.of("/usr/share/fonts"))) {
            return s.anyMatch(p -> p.getFileName().toString().equals(file));
        }
    }

    @Test
    void aCharacterTheMainFontLacksComesFromAnInstalledFont() throws IOException {
        assertEquals(0, run.status(), run.err());
        assumeTrue(installed("ipamjm.ttf") && installed("Symbola_hint.ttf"), "fonts-ipamj-mincho, fonts-symbola");
        assertTrue(standard.contains("𠮷田髙橋CSIRT😀"), "𠮷, 髙 and the emoji are in the PDF's text");
        assertFalse(run.err().contains("U+20BB7"), run.err());
        assertFalse(run.err().contains("U+1F600"), run.err());
    }

    @Test
    void aCharacterNoFontHasIsAWarningWithItsFieldAndLineAndAGetaInThePdf() {
        assertEquals(0, run.status(), run.err());
        String file = dir.resolve("moji.yaml").toString();
        assertTrue(run.err().contains(file + ":8:12: 警告: PDF: organization.ciso の U+E000 を表示できるフォントがありません。"
                + "PDF ではその文字を〓で示しています"), run.err());
        assertTrue(standard.contains("副市長〓"), "the place of the lost character is marked");
    }

    @Test
    void aVariationSelectorThePdfCannotApplyIsReported() {
        String file = dir.resolve("moji.yaml").toString();
        assertTrue(run.err().contains(file + ":15:27:")
                && run.err().contains("organization.it_department の異体字の指定 U+E0100 は PDF では表せないため"), run.err());
        assertTrue(standard.contains("総務部情報政策課葛"));
    }
}
