package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 適合表 (地方自治法施行規則第16条の3) that generate writes, and check's error for a 号 no clause meets. */
class ConformityTableTest {
    static final String TITLE = "適合表（地方自治法施行規則第16条の3）";

    /** The 適合表 in one format: numbered after the body's other documents (05_ or 06_, with or without the 特則). */
    static Path file(Path folder, String extension) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d\\d_" + java.util.regex.Pattern.quote(TITLE)
                    + "\\." + extension)).findFirst().orElseThrow(() -> new AssertionError("no 適合表." + extension));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kakuu-ken", "kakuu-machi", "kakuu-mura", "kakuu-shi"})
    void everySampleMeetsAllEightNumbersInWordAndExcel(String sample, @TempDir Path dir) throws Exception {
        Cli r = Cli.run("generate", "profiles/" + sample + ".yaml", "-o", dir.toString(), "--format", "docx");
        assertEquals(0, r.status(), r.err());
        Path folder = dir.resolve(sample);
        List<List<String>> rows = rows(file(folder, "xlsx"));
        List<List<String>> numbered = rows.stream().filter(row -> !row.isEmpty() && row.get(0).matches("第\\d号")).toList();
        assertEquals(List.of("第1号", "第2号", "第3号", "第4号", "第5号", "第6号", "第7号", "第8号"),
                numbered.stream().map(row -> row.get(0)).toList());
        for (List<String> row : numbered) {
            assertTrue(row.get(4).startsWith("適合"), row.toString());
            assertTrue(row.get(2).startsWith("対策基準 "), row.toString());
        }
        String word = documentXml(file(folder, "docx"));
        for (int n = 1; n <= 8; n++) {
            assertTrue(word.contains("第" + n + "号"), "row " + n);
        }
        assertFalse(word.contains("該当する条項なし"), "no gap");
        assertTrue(word.contains("第1号から第8号までの全ての号について、該当する条項がある。"), "the summary line");
        String manifest = Files.readString(folder.resolve("manifest.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"conformity\""), manifest);
        assertTrue(Files.exists(folder.resolve(sample.equals("kakuu-mura") || sample.equals("kakuu-machi")
                ? "04_独自変更一覧.docx" : "05_独自変更一覧.docx")) || Files.exists(folder.resolve("05_独自変更一覧.docx")),
                "the files that existed keep their names");
    }

    @Test
    void pdfAndHtmlShowTheRowsAndTheTransitionalRule(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("profiles/kakuu-shi.yaml"), StandardCharsets.UTF_8)
                + "law:\n  existing_systems: [住民記録システム]\n  existing_contracts:\n"
                + "    - { name: 基幹系システム運用保守業務, ends: 2029-03-31 }\n    - { name: ネットワーク保守業務 }\n";
        Path profile = dir.resolve("shi.yaml");
        Files.writeString(profile, yaml, StandardCharsets.UTF_8);
        Cli r = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "pdf,html");
        assertEquals(0, r.status(), r.err());
        String html = DocumentText.html(file(dir.resolve("out/shi"), "html"));
        assertTrue(html.contains("令和9年7月1日に存する情報システム（住民記録システム）については、なお従前の例による"), html);
        assertTrue(html.contains("基幹系システム運用保守業務（令和11年3月31日まで）"), html);
        assertTrue(html.contains("ネットワーク保守業務（契約の終期未記載）"), html);
        String pdf = DocumentText.pdf(file(dir.resolve("out/shi"), "pdf")).replaceAll("\\s+", "");
        assertTrue(pdf.contains("第5号"), pdf);
        assertTrue(pdf.contains("なお従前の例による"), pdf);
        assertTrue(pdf.contains("情報の収集：対策基準6.6"), pdf);
    }

    @Test
    void aProfileThatOmitsAWholeChapterGetsTheGapErrorAtItsLine(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("profiles/kakuu-mura.yaml"), StandardCharsets.UTF_8);
        assertFalse(yaml.contains("\noverrides:"), "the sample has no overrides of its own");
        int line = (int) yaml.lines().count() + 2;
        Path profile = dir.resolve("mura.yaml");
        Files.writeString(profile, yaml + "overrides:\n  std.physical:\n    omit: true\n    reason: 別の規程で定めるため\n",
                StandardCharsets.UTF_8);
        Cli r = Cli.run("check", profile.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains(profile + ":" + line + ":3: エラー: 地方自治法施行規則第16条の3第1項第3号（物理的な対策）に"
                + "当たる条項が、この団体の文書に1つもありません（overrides で std.physical を削除しています）。"), r.out());
        Cli g = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "html");
        String html = DocumentText.html(file(dir.resolve("out/mura"), "html"));
        assertTrue(html.contains("第3号物理的な対策該当する条項なし（不足）"), html);
        assertTrue(html.contains("次の号に該当する条項がない: 第3号。"), html);
        assertEquals(0, g.status(), "generate still writes the documents; the table shows the gap");
    }

    @Test
    void checkAsksABodyThatSaysItIsExemptToConfirmIt(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("profiles/kakuu-mura.yaml"), StandardCharsets.UTF_8);
        int line = (int) yaml.lines().count() + 2;
        Path profile = dir.resolve("mura.yaml");
        Files.writeString(profile, yaml + "law:\n  exempt: true\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("check", profile.toString());
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains(profile + ":" + line + ":3: 警告: 要確認: law.exempt: true（地方自治法施行規則第16条の3の"
                + "適用を受けない団体）としています。"), r.out());
    }

    /** The text of word/document.xml with the tags dropped. */
    static String documentXml(Path docx) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("<[^>]*>", "");
        }
    }

    /** Every row of the first sheet, each as the cell texts Excel shows. */
    static List<List<String>> rows(Path xlsx) throws Exception {
        return XlsxRows.read(xlsx).rows();
    }
}
