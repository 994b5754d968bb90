package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.profile.TestProfiles;

/** diff as a user runs it: last year's output folder, this year's profile, the 新旧対照表 in every format. */
class DiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path oldProfile;
    static Path newProfile;
    static Path out;
    static Path table;

    @BeforeAll
    static void lastYearGeneratedThisYearCompared() throws IOException {
        String lastYear = TestProfiles.MINIMAL.replace("effective: 2026-04-01", "effective: 2025-04-01\n  version: 第1版");
        String thisYear = TestProfiles.MINIMAL.replace("effective: 2026-04-01", "effective: 2026-04-01\n  version: 第2版")
                + "overrides:\n"
                + "  std.physical.servers.offsite:\n    omit: true\n    reason: 庁外に設置しないため\n"
                + "  std.tech.email.security:\n    append: |\n      送信前に宛先を確認する。\n    reason: 誤送信事案を踏まえて\n";
        Files.createDirectories(dir.resolve("old"));
        Files.createDirectories(dir.resolve("new"));
        oldProfile = TestProfiles.write(dir.resolve("old"), "shi.yaml", lastYear);
        newProfile = TestProfiles.write(dir.resolve("new"), "shi.yaml", thisYear);
        out = dir.resolve("out");
        Cli g = Cli.run("generate", oldProfile.toString(), "-o", out.toString(), "--format", "docx");
        assertEquals(0, g.status(), g.err());
        // an older version still, kept in history/: the latest earlier one (last year's) must win over it
        String older = Files.readString(out.resolve("shi/snapshot.json")).replace("令和7年4月1日", "令和6年4月1日")
                .replace("第1版", "第0版");
        Files.createDirectories(out.resolve("shi/history/2024-04-01_第0版"));
        Files.writeString(out.resolve("shi/history/2024-04-01_第0版/snapshot.json"), older);

        Cli d = Cli.run("diff", newProfile.toString(), "-o", out.toString(), "--format", "docx,pdf,html,json");
        assertEquals(0, d.status(), d.err());
        table = out.resolve("shi_新旧対照表");
        assertTrue(d.out().contains(table + " に新旧対照表と改め文を作成しました（新設 0件、削除 1件、変更 "), d.out());
    }

    private static JsonNode rows(Path json) throws IOException {
        return JSON.readTree(json.toFile()).get("rows");
    }

    private static JsonNode row(JsonNode rows, String id) {
        for (JsonNode r : rows) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    void aProfileAgainstItselfHasNoRowsAndWritesNothing() {
        Path o = dir.resolve("same");
        Cli r = Cli.run("diff", newProfile.toString(), newProfile.toString(), "-o", o.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(newProfile + " と " + newProfile + " に違いはありません。新旧対照表は作成していません。\n", r.out());
        assertFalse(Files.exists(o));
    }

    /** A tampered snapshot is refused (exit 2, file:line:column), never compared as an empty version (issue 25). */
    @Test
    void aTamperedSnapshotIsRefusedAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("tampered.json");
        Files.writeString(bad, Files.readString(out.resolve("shi/snapshot.json"))
                .replaceFirst("\"sections\" : \\[", "\"sections\" : \"x\", \"was\" : ["));
        Path o = dir.resolve("tampered-out");
        Cli r = Cli.run("diff", bad.toString(), newProfile.toString(), "-o", o.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith(bad + ":"), r.err());
        assertTrue(r.err().contains(": エラー: \"sections\" は [ ] の並びでなければなりません（\"x\"）。"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(o));

        Path folder = dir.resolve("emptied");
        Files.createDirectories(folder.resolve("shi"));
        Files.writeString(folder.resolve("shi/snapshot.json"), "{\"format\": 3, \"edition\": \"2024-10\", \"documents\": []}");
        Cli h = Cli.run("diff", newProfile.toString(), "-o", folder.toString());
        assertEquals(2, h.status(), h.err());
        assertEquals(folder.resolve("shi/snapshot.json") + ":1:50: エラー: 文書が1つもありません（\"documents\": []）。"
                + "snapshot.json が壊れているか、書き換えられています。generate で作り直すか、別の版の snapshot.json"
                + "（または policygen が作成した .docx）を指定してください。\n", h.err());
        assertFalse(Files.exists(folder.resolve("shi_新旧対照表")));
    }

    @Test
    void aProfileAloneIsComparedWithTheLatestEarlierVersionInTheOutputFolder() throws IOException {
        JsonNode root = JSON.readTree(table.resolve("新旧対照表.json").toFile());
        assertEquals("第1版", root.get("old").get("version").asText());
        assertEquals("第2版", root.get("new").get("version").asText());
        JsonNode rows = root.get("rows");
        assertEquals("deleted", row(rows, "std.physical.servers.offsite").get("kind").asText());
        JsonNode moved = row(rows, "std.physical.servers.disposal");
        assertEquals("moved", moved.get("kind").asText());
        assertEquals("4.1(7)", moved.get("old_number").asText());
        assertEquals("4.1(6)", moved.get("new_number").asText());
        JsonNode appended = row(rows, "std.tech.email.security");
        assertEquals("changed", appended.get("kind").asText());
        assertTrue(appended.get("new_text").asText().endsWith("送信前に宛先を確認する。"));
        assertEquals("施行日　令和8年4月1日", row(rows, "document.effective").get("new_text").asText());
        assertEquals(List.of("manifest.json", "改め文.docx", "改め文.html", "改め文.pdf", "改め文.txt", "新旧対照表.docx",
                        "新旧対照表.html", "新旧対照表.json", "新旧対照表.pdf", "見え消し.docx"),
                list(table));
        // each row starts with the fields of spec/cli.md, in its order
        List<String> keys = new ArrayList<>();
        rows.get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("id", "kind", "old_number", "new_number", "old_text", "new_text"), keys.subList(0, 6));
    }

    @Test
    void underlinesAreRunFormattingInWordNotCharacters() throws IOException {
        String xml = documentXml(table.resolve("新旧対照表.docx"));
        assertTrue(xml.contains("<w:u w:val=\"single\"/>"), "傍線");
        assertTrue(xml.contains("<w:u w:val=\"double\"/>"), "二重傍線 of the renumbered 4.1(6)");
        assertTrue(xml.contains("<w:tblHeader/>"), "the header row repeats on every page");
        assertTrue(xml.contains("w:orient=\"landscape\""), "A4 landscape");
        assertFalse(xml.contains("＿") || xml.contains("̲"), "no underline characters");
    }

    @Test
    void thePdfShowsTheTableWithItsNoteAndSummary() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(table.resolve("新旧対照表.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("改正の件数：新設 0件、削除 1件、変更"), text);
            assertTrue(text.contains("（傍線部分は改正部分）"), text);
            assertTrue(text.contains("改正後 改正前 備考"), text);
            assertTrue(text.contains("（削る）"), text);
            assertTrue(pdf.getPage(0).getMediaBox().getWidth() > pdf.getPage(0).getMediaBox().getHeight(), "landscape");
        }
    }

    @Test
    void theOrderOfTheColumnsCanBeOldFirst() throws IOException {
        Path o = dir.resolve("order");
        Cli r = Cli.run("diff", oldProfile.toString(), newProfile.toString(), "-o", o.toString(), "--format", "html",
                "--order", "old-new");
        assertEquals(0, r.status(), r.err());
        String html = Files.readString(o.resolve("shi_新旧対照表/新旧対照表.html"));
        assertTrue(html.contains("<th scope=\"col\">改正前</th><th scope=\"col\">改正後</th><th scope=\"col\">備考</th>"),
                html);
        assertTrue(html.contains("<u class=\"double\">4.1(6)</u>"), html);
    }

    @Test
    void aGeneratedWordFileGivesExactlyTheRowsOfItsSnapshot() throws IOException {
        Path fromDocx = dir.resolve("from-docx");
        Path fromJson = dir.resolve("from-json");
        Path docx;
        try (var s = Files.list(out.resolve("shi"))) {
            docx = s.filter(p -> p.toString().endsWith("対策基準.docx")).findFirst().orElseThrow();
        }
        Cli a = Cli.run("diff", docx.toString(), newProfile.toString(), "-o", fromDocx.toString(), "--format", "json");
        Cli b = Cli.run("diff", out.resolve("shi/snapshot.json").toString(), newProfile.toString(), "-o",
                fromJson.toString(), "--format", "json");
        assertEquals(0, a.status(), a.err());
        assertEquals(0, b.status(), b.err());
        JsonNode rowsA = rows(fromDocx.resolve("shi_新旧対照表/新旧対照表.json"));
        assertTrue(rowsA.size() > 3);
        assertEquals(rows(fromJson.resolve("shi_新旧対照表/新旧対照表.json")), rowsA);
    }

    @Test
    void wordAndPdfOpenInLibreOfficeAndQpdf() throws Exception {
        Assumptions.assumeTrue(Cli.onPath("qpdf"), "qpdf installed (.ci/run installs it)");
        Process q = new ProcessBuilder("qpdf", "--check", table.resolve("新旧対照表.pdf").toString())
                .redirectErrorStream(true).start();
        String qOut = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(q.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, q.exitValue(), qOut);

        Assumptions.assumeTrue(Cli.onPath("soffice"), "LibreOffice (soffice) installed");
        Path converted = dir.resolve("lo");
        Files.createDirectories(converted);
        Path pdf = LibreOffice.convert(table.resolve("新旧対照表.docx"), "pdf", converted, dir);
        try (PDDocument fromWord = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(fromWord);
            assertTrue(text.contains("（傍線部分は改正部分）"), text);
            assertTrue(text.contains("（削る）"), text);
        }
    }

    @Test
    void aMissingFileIsBadInputNamingTheFile() {
        Path missing = dir.resolve("nothing.yaml");
        Cli r = Cli.run("diff", missing.toString(), newProfile.toString(), "-o", dir.resolve("x").toString());
        assertEquals(2, r.status());
        assertEquals(missing + ": エラー: ファイルが見つかりません。プロファイル（.yaml）、snapshot.json、"
                + "または policygen が作成した .docx を指定してください。\n", r.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void anotherKindOfFileIsBadInput() throws IOException {
        Path txt = Files.writeString(dir.resolve("memo.txt"), "メモ");
        Cli r = Cli.run("diff", txt.toString(), newProfile.toString(), "-o", dir.resolve("y").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(txt + ": エラー: 比較できない種類のファイルです。"), r.err());
    }

    @Test
    void aWordFileWithoutSnapshotIsBadInput() throws IOException {
        Path docx = Files.write(dir.resolve("other.docx"), new byte[] {'P', 'K', 3, 4});
        Cli r = Cli.run("diff", docx.toString(), newProfile.toString(), "-o", dir.resolve("z").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(docx + ": "), r.err());
    }

    @Test
    void aProfileAloneWithoutEarlierVersionIsBadInputSayingWhatToDo() {
        Cli r = Cli.run("diff", newProfile.toString(), "-o", dir.resolve("empty").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("比べる以前の版が見つかりません"), r.err());
        assertTrue(r.err().contains("OLD として指定してください"), r.err());
    }

    @Test
    void aWrongOrderIsBadInput() {
        Cli r = Cli.run("diff", oldProfile.toString(), newProfile.toString(), "--order", "left-right");
        assertEquals(2, r.status());
        assertEquals("引数が正しくありません: --order に「left-right」は指定できません。new-old または old-new を指定してください。\n",
                r.err());
    }

    @Test
    void twoGenerationsKeepTheFirstInHistoryAndAProfileAloneIsComparedWithIt() throws IOException {
        Path o = dir.resolve("years");
        Cli first = Cli.run("generate", oldProfile.toString(), "-o", o.toString(), "--format", "docx");
        assertEquals(0, first.status(), first.err());
        Files.writeString(o.resolve("shi/担当者メモ.txt"), "来年度の見直しで確認すること");
        Cli second = Cli.run("generate", newProfile.toString(), "-o", o.toString(), "--format", "docx");
        assertEquals(0, second.status(), second.err());
        assertTrue(Files.isRegularFile(o.resolve("shi/history/2025-04-01_第1版/snapshot.json")), list(o.resolve("shi")).toString());
        assertEquals("来年度の見直しで確認すること", Files.readString(o.resolve("shi/担当者メモ.txt")), "a file of the user's survives");

        Cli d = Cli.run("diff", newProfile.toString(), "-o", o.toString(), "--format", "json");
        assertEquals(0, d.status(), d.err());
        JsonNode root = JSON.readTree(o.resolve("shi_新旧対照表/新旧対照表.json").toFile());
        assertEquals("第1版", root.get("old").get("version").asText());
        assertTrue(root.get("old").get("source").asText().endsWith("snapshot.json"), root.get("old").toString());
        assertEquals("deleted", row(root.get("rows"), "std.physical.servers.offsite").get("kind").asText());
    }

    private static String documentXml(Path docx) throws IOException {
        try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            List<String> names = new ArrayList<>(s.map(p -> p.getFileName().toString()).toList());
            names.sort(null);
            return names;
        }
    }
}
