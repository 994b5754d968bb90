package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * policygen import as a user runs it: the sample city's 対策基準 as Word gives back the sample's own changes, and
 * generating from the imported profile reproduces the rule's text; bad files are refused with nothing written.
 */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aGeneratedWordFileImportsAsTheProfileItCameFrom() throws IOException {
        String yaml = importTheSampleCitysStandardAs(dir, "docx");
        assertTrue(yaml.contains("guideline: \"2024-10\""), yaml.substring(0, 400));
        assertTrue(yaml.contains("ciso: \"副市長\"  # 「副市長を、最高情報セキュリティ責任者"), yaml);
        assertTrue(yaml.contains("model: beta  # "), yaml);
        Matcher ids = Pattern.compile("(?m)^  ((?:std|bp|local)\\.[\\w.-]+):").matcher(yaml);
        TreeSet<String> changed = new TreeSet<>();
        while (ids.find()) {
            changed.add(ids.group(1));
        }
        // exactly the sample's own overrides (its append comes back as a replace with the whole text)
        assertEquals(new TreeSet<>(List.of("std.human.passwords", "std.physical.servers.offsite", "std.tech.email.security")),
                changed, yaml);
        assertTrue(yaml.contains("reason: \"現行の規程にない\""));
        assertTrue(Files.exists(dir.resolve("imp/02_情報セキュリティ対策基準_取込結果.docx")));
        String report = Files.readString(dir.resolve("imp/02_情報セキュリティ対策基準_取込結果.html"));
        assertTrue(report.contains("<td>対応なし</td>") && report.contains("std.physical.servers.offsite"), report.substring(0, 2000));

        // round trip: the imported profile generates the rule's text again, clause by clause
        Cli again = Cli.run("generate", dir.resolve("imp/02_情報セキュリティ対策基準.yaml").toString(), "-o",
                dir.resolve("again").toString(), "--format", "md");
        assertEquals(0, again.status(), again.err());
        Map<String, String> before = sections(dir.resolve("gen/kakuu-shi/02_情報セキュリティ対策基準.md"));
        Map<String, String> after = sections(dir.resolve("again/02_情報セキュリティ対策基準/02_情報セキュリティ対策基準.md"));
        List<String> poor = new ArrayList<>();
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (e.getKey().contains("附則") || e.getKey().contains("別表") || !e.getKey().matches("^[0-9(（①-⑳].*")) {
                continue; // the cover and 改定履歴 (policy.version, history), the 附則 (policy.history) and the 別表
                          // (cloud.services) are the profile's own keys, reported, not reproduced by overrides
            }
            double r = RoundTrip.inOrder(e.getValue(), after.getOrDefault(e.getKey(), ""));
            if (r < 0.98) {
                poor.add(e.getKey() + " " + Math.round(r * 100) + "%");
            }
        }
        assertTrue(poor.isEmpty(), "sections below 98%: " + poor);
    }

    @Test
    void upgradingAnImportedProfileAsksOnlyAboutTheBodysOwnChanges() throws IOException {
        Path profile = dir.resolve("shi2023.yaml");
        Files.writeString(profile, Files.readString(Path.of("profiles/kakuu-shi.yaml"))
                .replaceFirst("guideline: \"[0-9-]+\"", "guideline: \"2023-03\""));
        Cli gen = Cli.run("generate", profile.toString(), "-o", dir.resolve("gen").toString(), "--format", "docx");
        assertEquals(0, gen.status(), gen.err());
        Cli imp = Cli.run("import", dir.resolve("gen/shi2023/02_情報セキュリティ対策基準.docx").toString(), "-o",
                dir.resolve("imp").toString());
        assertEquals(0, imp.status(), imp.err());
        Path imported = dir.resolve("imp/02_情報セキュリティ対策基準.yaml");
        assertTrue(Files.readString(imported).contains("guideline: \"2023-03\""));
        Cli up = Cli.run("upgrade", imported.toString(), "-o", dir.resolve("up").toString());
        assertEquals(0, up.status(), up.err());
        Path report;
        try (Stream<Path> s = Files.walk(dir.resolve("up"))) {
            report = s.filter(x -> x.getFileName().toString().equals("upgrade-report.json")).findFirst().orElseThrow();
        }
        String json = Files.readString(report);
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\",\\s*\"status\"\\s*:\\s*\"([a-z]+)\"").matcher(json);
        TreeSet<String> all = new TreeSet<>();
        while (m.find()) {
            all.add(m.group(1));
        }
        // the report lists the body's own changes and nothing that only reproduces the guideline's text
        assertEquals(new TreeSet<>(List.of("std.human.passwords", "std.physical.servers.offsite", "std.tech.email.security")),
                all, json.substring(0, Math.min(3000, json.length())));
    }

    @Test
    void aFileThatIsNoPolicyIsRefusedAndNothingIsWritten() throws IOException {
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, "お知らせ\n来週の会議は中止します。\n");
        Path out = dir.resolve("out");
        Cli imp = Cli.run("import", letter.toString(), "-o", out.toString());
        assertEquals(2, imp.status());
        assertTrue(imp.err().contains("letter.txt: 情報セキュリティポリシーの条項が見つかりません"), imp.err());
        assertTrue(!imp.err().contains("Exception"), imp.err());
        assertTrue(!Files.exists(out));
    }

    @Test
    void anEncryptedWordFileIsRefused() throws IOException {
        Path enc = dir.resolve("規程.docx");
        byte[] ole = new byte[4096];
        byte[] head = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(head, 0, ole, 0, head.length);
        Files.write(enc, ole);
        Cli imp = Cli.run("import", enc.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, imp.status());
        assertTrue(imp.err().contains("パスワードで暗号化された Word ファイル"), imp.err());
        assertTrue(!Files.exists(dir.resolve("out")));
    }

    @Test
    void aDamagedWordFileAndAZipBombAreRefused() throws IOException {
        Path damaged = dir.resolve("壊れた.docx");
        Files.write(damaged, "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
        Cli a = Cli.run("import", damaged.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, a.status());
        assertTrue(a.err().contains("Word ファイル（.docx）として読めません"), a.err());

        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 210; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        Cli b = Cli.run("import", bomb.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, b.status());
        assertTrue(b.err().contains("を展開すると大きすぎます"), b.err());
        assertTrue(!Files.exists(dir.resolve("out")));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("huge.pdf");
        try (OutputStream o = Files.newOutputStream(big)) {
            o.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        }
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {0}), 1L << 30); // a sparse 1 GB file
        }
        Cli imp = Cli.run("import", big.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, imp.status());
        assertTrue(imp.err().contains("ファイルが大きすぎます"), imp.err());
        assertTrue(!Files.exists(dir.resolve("out")));
    }

    /** The sample city's 対策基準 generated as .docx, .pdf or .html (its Markdown beside it) and imported: the YAML. */
    static String importTheSampleCitysStandardAs(Path dir, String format) throws IOException {
        Cli gen = Cli.run("generate", "profiles/kakuu-shi.yaml", "-o", dir.resolve("gen").toString(), "--format", format + ",md");
        assertEquals(0, gen.status(), gen.err());
        Path file = dir.resolve("gen/kakuu-shi/02_情報セキュリティ対策基準." + format);
        Cli imp = Cli.run("import", file.toString(), "-o", dir.resolve("imp").toString());
        assertEquals(0, imp.status(), imp.err());
        return Files.readString(dir.resolve("imp/02_情報セキュリティ対策基準.yaml"));
    }

    /** The text under each heading of a generated Markdown file, keyed by the heading. */
    static Map<String, String> sections(Path md) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String key = "";
        StringBuilder text = new StringBuilder();
        try (Stream<String> lines = Files.lines(md)) {
            for (String l : (Iterable<String>) lines::iterator) {
                if (l.startsWith("#")) {
                    out.put(key, text.toString());
                    key = l.replaceAll("^#+\\s*", "").replace("\\", "");
                    text.setLength(0);
                } else {
                    text.append(l.replaceAll("^- ([アイウエオカキクケコ]　)?", "")).append('\n');
                }
            }
        }
        out.put(key, text.toString());
        return out;
    }
}
