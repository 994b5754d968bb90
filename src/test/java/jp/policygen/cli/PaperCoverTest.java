package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 独自変更一覧 and the 適合表 are papers for the committee, not rules the body adopts: their cover names the
 * documents they are about, never a 版, 施行日, 告示 number or 改定履歴 of their own (the sample city's 対策基準, which
 * has them all, is the control).
 */
class PaperCoverTest {
    private static final String ABOUT = "第3版（令和8年4月1日施行）の文書についての資料";

    @Test
    void aPapersCoverSaysWhichDocumentsItIsAboutAndNothingOfAnAdoptedRule(@TempDir Path out) throws Exception {
        Cli r = Cli.run("generate", "profiles/kakuu-shi.yaml", "-o", out.toString(), "--format", "pdf,docx,html,md");
        assertEquals(0, r.status(), r.err());
        Path dir = out.resolve("kakuu-shi");
        String standard = DocumentText.pdf(dir.resolve("02_情報セキュリティ対策基準.pdf"));
        assertTrue(standard.contains("告示第78号") && standard.contains("改定履歴"), "the control: the rule says them");
        for (String paper : List.of("05_独自変更一覧", "06_適合表（地方自治法施行規則第16条の3）")) {
            List<String> texts = List.of(DocumentText.pdf(dir.resolve(paper + ".pdf")),
                    DocumentText.docx(dir.resolve(paper + ".docx")), DocumentText.html(dir.resolve(paper + ".html")),
                    Files.readString(dir.resolve(paper + ".md")));
            for (String text : texts) {
                assertTrue(text.contains(ABOUT), paper + ": " + text.substring(0, Math.min(300, text.length())));
                for (String adopted : List.of("告示第78号", "改定履歴", "施行日", "令和8年4月1日施行\n")) {
                    assertFalse(text.contains(adopted), paper + " says " + adopted);
                }
            }
        }
    }
}
