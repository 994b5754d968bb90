package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.profile.TestProfiles;

/** Undo without git: each version's profile kept with its documents, and put back by restore (issue 24, item 3). */
class RestoreCommandTest {
    @TempDir
    Path dir;

    @Test
    void lastYearsProfileComesBackFromHistoryAndTheRestoreCanBeUndone() throws IOException {
        String lastYear = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", "  effective: 2025-04-01\n  version: 第2版\n");
        String thisYear = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", "  effective: 2026-04-01\n  version: 第3版\n");
        Path p = dir.resolve("town.yaml");
        Path out = dir.resolve("out");
        Files.writeString(p, lastYear, StandardCharsets.UTF_8);
        assertEquals(0, Cli.run("generate", p.toString(), "-o", out.toString(), "--format", "md").status());
        Files.writeString(p, thisYear, StandardCharsets.UTF_8);
        assertEquals(0, Cli.run("generate", p.toString(), "-o", out.toString(), "--format", "md").status());
        assertEquals(lastYear, Files.readString(out.resolve("town/history/2025-04-01_第2版/town_作成時のプロファイル.yaml")),
                "last year's profile moved to history with its documents");
        String broken = thisYear.replace("ciso: 副市長", "ciso: ");
        Files.writeString(p, broken, StandardCharsets.UTF_8);

        Cli list = Cli.run("restore", p.toString(), "-o", out.toString());
        assertEquals(0, list.status(), list.err());
        List<String> lines = list.out().lines().toList();
        assertEquals(p + " を戻せる版（新しい順）:", lines.get(0));
        assertTrue(lines.get(1).startsWith("  1. 今の文書（" + out.resolve("town") + "）を作ったとき"), list.out());
        assertTrue(lines.get(2).startsWith("  2. 以前の版 2025-04-01_第2版 の文書を作ったとき"), list.out());

        Cli back = Cli.run("restore", p.toString(), "2", "-o", out.toString());
        assertEquals(0, back.status(), back.err());
        assertTrue(back.out().contains("を「以前の版 2025-04-01_第2版 の文書を作ったとき」の内容に戻しました。"), back.out());
        assertEquals(lastYear, Files.readString(p));

        Cli again = Cli.run("restore", p.toString(), "-o", out.toString());
        assertTrue(again.out().lines().toList().get(1).matches("  1\\. \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d に上書きする前（.*"),
                again.out());
        assertEquals(0, Cli.run("restore", p.toString(), "1", "-o", out.toString()).status());
        assertEquals(broken, Files.readString(p), "the restore itself undone");

        Cli wrong = Cli.run("restore", p.toString(), "9", "-o", out.toString());
        assertEquals(2, wrong.status());
        assertTrue(wrong.err().contains("番号には 1 から 4 までを指定してください"), wrong.err());
    }
}
