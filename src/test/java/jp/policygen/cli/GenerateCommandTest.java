package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.profile.TestProfiles;

class GenerateCommandTest {
    @TempDir
    static Path shared;
    static Path city;

    /** The README's first command, on the sample city, run once for the tests that only read its output. */
    @BeforeAll
    static void generateTheSampleCity() {
        Cli r = Cli.run("generate", "profiles/kakuu-shi.yaml", "-o", shared.toString(), "--format", "docx,pdf,html,md");
        assertEquals(0, r.status(), r.err());
        city = shared.resolve("kakuu-shi");
    }

    @Test
    void pdfShowsTheBodysNameTitleAndEffectiveDateInWareki() throws IOException {
        String text = DocumentText.pdf(city.resolve("01_情報セキュリティ基本方針.pdf"));
        assertTrue(text.contains("架空市"), text.substring(0, 300));
        assertTrue(text.contains("情報セキュリティ基本方針"));
        assertTrue(text.contains("令和8年4月1日"));
    }

    @Test
    void docxShowsTheCisoPostAndTheCsirtName() throws Exception {
        String text = DocumentText.docx(city.resolve("02_情報セキュリティ対策基準.docx"));
        assertTrue(text.contains("副市長を、最高情報セキュリティ責任者"), "CISO's post");
        assertTrue(text.contains("架空市CSIRT"), "CSIRT's name");
    }

    @Test
    void wordContentsListTheChaptersAndSectionsWithThePagesThePdfPrints() throws Exception {
        List<String> lines = DocumentText.wordContents(city.resolve("02_情報セキュリティ対策基準.docx"));
        String pdf = DocumentText.pdf(city.resolve("02_情報セキュリティ対策基準.pdf")).replaceAll("\\s", "");
        assertTrue(lines.size() >= 10, lines.toString());
        assertTrue(lines.get(0).matches("1\\. .+\t\\d+"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+\\.\\d+ .+\t\\d+")), "節 are listed: " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("(")), "items are not: " + lines);
        for (String line : lines) {
            // the PDF's 目次 has the same line: the heading, then the same page number
            assertTrue(pdf.contains(line.replaceAll("\\s", "")), line);
        }
    }

    @Test
    void manifestListsEveryFileWrittenAndNothingElse() throws IOException {
        JsonNode m = new ObjectMapper().readTree(city.resolve("manifest.json").toFile());
        assertEquals("kakuu-shi", m.get("profile").asText());
        assertEquals("2024-10", m.get("edition").asText());
        List<String> listed = new java.util.ArrayList<>();
        m.get("files").forEach(f -> listed.add(f.get("path").asText()));
        assertEquals(30, listed.size(), "4 documents, the 独自変更一覧, the 適合表 and the 基本方針（公表用） × 4 formats,"
                + " the 適合表 as a workbook, and the profile as it was");
        try (Stream<Path> s = Files.list(city)) {
            List<String> present = s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".json")).sorted().toList();
            assertEquals(listed.stream().sorted().toList(), present);
        }
        assertEquals(Files.readString(Path.of("profiles/kakuu-shi.yaml")),
                Files.readString(city.resolve("kakuu-shi_作成時のプロファイル.yaml")), "the profile kept with its documents");
        assertTrue(listed.contains("03_標準準拠システム等のクラウド利用に関する特則.pdf"), "第4編 with the government cloud");
    }

    @Test
    void snapshotRecordsEachSectionsOrigin() throws IOException {
        JsonNode s = new ObjectMapper().readTree(city.resolve("snapshot.json").toFile());
        Map<String, String> origins = new TreeMap<>();
        for (JsonNode d : s.get("documents")) {
            for (JsonNode sec : d.get("sections")) {
                origins.put(sec.get("id").asText(), sec.get("origin").asText());
            }
        }
        assertEquals("override", origins.get("std.human.passwords"));
        assertEquals("appended", origins.get("std.tech.email.security"));
        assertEquals("guideline", origins.get("std.org.ciso"));
        assertFalse(origins.containsKey("std.physical.servers.offsite"), "omitted");
    }

    @Test
    void sameProfileGivesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        assertEquals(0, Cli.run("generate", "profiles/kakuu-machi.yaml", "-o", a.toString(), "--format", "docx,pdf,html,md").status());
        assertEquals(0, Cli.run("generate", "profiles/kakuu-machi.yaml", "-o", b.toString(), "--format", "docx,pdf,html,md").status());
        try (Stream<Path> s = Files.list(a.resolve("kakuu-machi"))) {
            for (Path f : s.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve("kakuu-machi").resolve(f.getFileName())),
                        f.getFileName().toString());
            }
        }
    }

    /** Separate JVMs, as two runs on a user's PC are: hash orders and identity hashes differ between them. */
    @Test
    void twoSeparateProcessesWriteByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws Exception {
        for (Path out : List.of(a, b)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "jp.policygen.cli.Main", "generate",
                    "profiles/kakuu-ken.yaml", "-o", out.toString(), "--format", "docx,pdf,html,md")
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), log);
        }
        try (Stream<Path> s = Files.list(a.resolve("kakuu-ken"))) {
            for (Path f : s.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve("kakuu-ken").resolve(f.getFileName())),
                        f.getFileName().toString());
            }
        }
    }

    @Test
    void badProfileExitsTwoWithTheMessageAndLeavesTheOutputFolderAsItWas(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("bad"));
        Files.writeString(out.resolve("bad/earlier.txt"), "以前の出力");
        Path profile = TestProfiles.write(dir, "bad.yaml", TestProfiles.MINIMAL.replace("model: alpha", "model: gamma"));
        Cli r = Cli.run("generate", profile.toString(), "-o", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(profile + ":17:10: エラー: 'network.model' に「gamma」は書けません。"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace");
        try (Stream<Path> s = Files.walk(out)) {
            assertEquals(List.of(out, out.resolve("bad"), out.resolve("bad/earlier.txt")), s.sorted().toList());
        }
        assertEquals("以前の出力", Files.readString(out.resolve("bad/earlier.txt")));
    }

    @Test
    void hostileProfileValuesAppearLiterallyInEveryFormat(@TempDir Path dir) throws Exception {
        String hostile = "${7*7}<#assign x=1>&<b>";
        Path profile = TestProfiles.write(dir, "hostile.yaml", TestProfiles.MINIMAL
                .replace("  name: 架空市\n", "  name: \"架空" + hostile + "市\"\n"));
        Cli r = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "docx,pdf,html,md");
        assertEquals(0, r.status(), r.err());
        Path o = dir.resolve("out/hostile");
        String name = "架空" + hostile + "市";
        assertTrue(DocumentText.pdf(o.resolve("01_情報セキュリティ基本方針.pdf")).contains(name), "pdf");
        assertTrue(DocumentText.docx(o.resolve("01_情報セキュリティ基本方針.docx")).contains(name), "docx");
        String html = Files.readString(o.resolve("01_情報セキュリティ基本方針.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("架空${7*7}&lt;#assign x=1&gt;&amp;&lt;b&gt;市"), "html");
        assertFalse(html.contains("49"), "never evaluated");
    }

    @Test
    void unknownFormatIsBadInput() {
        Cli r = Cli.run("generate", "profiles/kakuu-shi.yaml", "--format", "rtf");
        assertEquals(2, r.status());
        assertEquals("引数が正しくありません: --format に「rtf」は指定できません。docx, pdf, html, md から選んでください。\n", r.err());
    }
}
