package jp.policygen.render.json;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.compare.Comparer;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.TestProfiles;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;
import jp.policygen.render.docx.DocxWriter;
import jp.policygen.render.json.SnapshotReader.SnapshotException;
import jp.policygen.render.pdf.PdfWriter;
import jp.policygen.resolve.Resolver;

class SnapshotReaderTest {
    private static final Policy POLICY = new Resolver(new TemplateEngine())
            .resolve(TestProfiles.sample("kakuu-shi.yaml"), TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy();

    private static byte[] json(Policy p) {
        return Json.bytes(Snapshot.of(p));
    }

    @Test
    void aSnapshotReadsBackToTheSamePolicy() throws SnapshotException {
        byte[] first = json(POLICY);
        Policy back = SnapshotReader.read(first, "snapshot.json");
        assertArrayEquals(first, json(back), "written again, the same bytes");
        assertEquals(POLICY.documents(), back.documents(), "the same model, tables and lists included");
        assertTrue(Comparer.compare(POLICY, "a", back, "b").isEmpty());
    }

    @Test
    void theHeaderNamesEditionVersionEffectiveDateAndFormat() {
        String text = new String(json(POLICY), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\" : 3,\n  \"edition\" : \"2024-10\",\n"), text.substring(0, 200));
        assertTrue(text.contains("\"effective\" : \"令和"), text.substring(0, 400));
        assertTrue(text.contains("\"type\" : \"table\""));
    }

    @Test
    void aTableCellIsDataNotText() throws SnapshotException {
        Policy back = SnapshotReader.read(json(POLICY), "snapshot.json");
        Section s = back.documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD).findFirst()
                .orElseThrow().flatten().stream()
                .filter(x -> x.id().equals("std.assets.classification.availability")).findFirst().orElseThrow();
        Block.Table t = (Block.Table) s.blocks().stream().filter(b -> b instanceof Block.Table).findFirst()
                .orElseThrow();
        assertEquals(List.of("分類", "分類基準", "取扱いの基本"), t.header());
        assertEquals("可用性２", t.rows().get(0).get(0));
    }

    @Test
    void aSnapshotOfTheFirstLayoutReadsAsPlainParagraphs() throws SnapshotException {
        String v1 = """
                {"edition": "2024-10", "profile": "kakuu-shi", "documents": [{"kind": "standard", "title": "情報セキュリティ対策基準",
                  "sections": [{"id": "std.org", "number": "1", "title": "組織体制", "text": "", "source": "対策基準 1", "origin": "guideline"},
                    {"id": "std.org.ciso", "number": "1(1)", "title": "CISO", "text": "副市長とする。\\n次に掲げる。", "source": "対策基準 1(1)", "origin": "guideline"}]}]}
                """;
        Policy p = SnapshotReader.read(v1.getBytes(StandardCharsets.UTF_8), "old/snapshot.json");
        Document d = p.documents().get(0);
        assertEquals(DocumentKind.STANDARD, d.kind());
        Section ciso = d.sections().get(1);
        assertEquals("std.org.ciso", ciso.id());
        assertEquals("1(1)", ciso.number());
        assertEquals(List.of(Block.Paragraph.of("副市長とする。"), Block.Paragraph.of("次に掲げる。")), ciso.blocks());
    }

    @Test
    void aSnapshotFromANewerReleaseIsRefusedWithAMessage() {
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotReader.read(
                "{\"format\": 9, \"documents\": []}".getBytes(StandardCharsets.UTF_8), "x/snapshot.json"));
        assertEquals("x/snapshot.json: このスナップショットは新しい policygen で作られています（形式 9）。"
                + "この policygen が読めるのは形式 3 までです。policygen を更新してください。", e.getMessage());
    }

    @Test
    void somethingElseIsRefusedWithAMessage() {
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotReader.read(
                "{\"name\": 1}".getBytes(StandardCharsets.UTF_8), "manifest.json"));
        assertTrue(e.getMessage().startsWith("manifest.json: policygen の snapshot.json ではありません"), e.getMessage());
    }

    @Test
    void aGeneratedWordFileCarriesTheSnapshotOfItsPolicy() throws Exception {
        Document standard = POLICY.documents().get(1);
        byte[] docx = docx(standard, POLICY);
        assertArrayEquals(docx, docx(standard, POLICY), "the same bytes every time");
        Policy back = SnapshotReader.readDocx(docx, "02_対策基準.docx");
        assertArrayEquals(json(POLICY), json(back));
    }

    @Test
    void aWordFileWithoutSnapshotIsRefusedWithAMessage() throws Exception {
        byte[] docx = docx(POLICY.documents().get(0), null);
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotReader.readDocx(docx, "a.docx"));
        assertTrue(e.getMessage().startsWith("a.docx: この Word 文書には policygen の比較用データ"), e.getMessage());
        SnapshotException notZip = assertThrows(SnapshotException.class,
                () -> SnapshotReader.readDocx("hello".getBytes(StandardCharsets.UTF_8), "b.docx"));
        assertTrue(notZip.getMessage().startsWith("b.docx: Word 文書（.docx）として読めません。"), notZip.getMessage());
    }

    private static final Policy ARTICLES = new Resolver(new TemplateEngine())
            .resolve(TestProfiles.profile(TestProfiles.MINIMAL.replace("effective: 2026-04-01",
                    "effective: 2026-04-01\n  form: articles")), TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy();

    /** The 項 numbers of an articles-form rule are kept: 「２」 read back as the 項's number, not lost (issue 20). */
    @Test
    void theNumbersOfParagraphsAreKept() throws SnapshotException {
        String text = new String(json(ARTICLES), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"type\" : \"paragraph\",\n") && text.contains("\"number\" : \"２\""), "項 numbers written");
        Policy back = SnapshotReader.read(json(ARTICLES), "snapshot.json");
        assertEquals(ARTICLES, back);
        assertTrue(Comparer.compare(ARTICLES, "a", back, "b").isEmpty());
    }

    /** Last year's snapshot (format 2, without 項 numbers in the blocks) still compares without spurious rows. */
    @Test
    void aFormat2SnapshotGetsItsParagraphNumbersBackFromItsText() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root =
                (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(json(ARTICLES));
        root.put("format", 2);
        root.remove("local_changes");
        int[] stripped = {0};
        root.findParents("type").forEach(b -> {
            if (b.path("type").asText().equals("paragraph") && b.has("number")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("number");
                stripped[0]++;
            }
        });
        assertTrue(stripped[0] > 20, "the sample has numbered 項: " + stripped[0]);
        Policy back = SnapshotReader.read(Json.bytes(root), "history/snapshot.json");
        assertTrue(Comparer.compare(ARTICLES, "a", back, "b").isEmpty(),
                () -> Comparer.compare(ARTICLES, "a", back, "b").counts().toString());
    }

    private static SnapshotException tampered(String from, String to) {
        String text = new String(json(POLICY), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        byte[] bad = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
        return assertThrows(SnapshotException.class,
                () -> SnapshotReader.read(bad, "old/snapshot.json", TestProfiles.CATALOG.editionIdTexts()));
    }

    private static int lineOf(String needle) {
        String text = new String(json(POLICY), StandardCharsets.UTF_8);
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }

    private static final String REMAKE = "snapshot.json が壊れているか、書き換えられています。generate で作り直すか、"
            + "別の版の snapshot.json（または policygen が作成した .docx）を指定してください。";

    /** A tampered snapshot is refused with the file, line and column, never read as an empty policy (issue 25). */
    @Test
    void sectionsThatAreNotAListAreRefusedWithTheirPlace() {
        int line = lineOf("\"sections\" : [");
        SnapshotException e = tampered("\"sections\" : [", "\"sections\" : \"x\", \"was\" : [");
        assertEquals("old/snapshot.json:" + line + ":20: エラー: \"sections\" は [ ] の並びでなければなりません（\"x\"）。"
                + REMAKE, e.getMessage());
    }

    @Test
    void noDocumentIsRefused() {
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotReader.read(
                "{\"format\": 3, \"edition\": \"2024-10\",\n \"documents\": []}".getBytes(StandardCharsets.UTF_8),
                "s.json"));
        assertEquals("s.json:2:15: エラー: 文書が1つもありません（\"documents\": []）。" + REMAKE, e.getMessage());
    }

    @Test
    void anEmptyOrRepeatedClauseIdIsRefused() {
        SnapshotException empty = tampered("\"id\" : \"basic.purpose\"", "\"id\" : \"\"");
        int line = lineOf("\"id\" : \"basic.purpose\"");
        assertEquals("old/snapshot.json:" + line + ":18: エラー: 条項の \"id\" が空です。" + REMAKE, empty.getMessage());
        SnapshotException twice = tampered("\"id\" : \"basic.threats\"", "\"id\" : \"basic.purpose\"");
        assertTrue(twice.getMessage().startsWith("old/snapshot.json:" + lineOf("\"id\" : \"basic.threats\"")
                + ":18: エラー: 条項の id \"basic.purpose\" が同じ文書に2回あります。"), twice.getMessage());
    }

    @Test
    void anUnknownEditionIsRefused() {
        SnapshotException e = tampered("\"edition\" : \"2024-10\"", "\"edition\" : \"2099-01\"");
        assertTrue(e.getMessage().startsWith("old/snapshot.json:3:15: エラー: ガイドラインの版 \"2099-01\" を知りません（この policygen の版: "
                + String.join("、", TestProfiles.CATALOG.editionIdTexts()) + "）。"), e.getMessage());
    }

    @Test
    void anUnknownLevelOriginOrBlockIsRefused() {
        assertTrue(tampered("\"level\" : \"chapter\"", "\"level\" : \"volume\"").getMessage()
                .contains("エラー: 条項 basic.purpose の階層 \"volume\" を知りません。"));
        assertTrue(tampered("\"origin\" : \"guideline\"", "\"origin\" : \"x\"").getMessage()
                .contains("エラー: 条項の由来 \"x\" を知りません"));
        assertTrue(tampered("\"type\" : \"paragraph\"", "\"type\" : \"picture\"").getMessage()
                .contains("エラー: 本文のまとまりの種類 \"picture\" を知りません"));
        assertTrue(tampered("\"text\" : \"", "\"text\" : 5, \"x\" : \"").getMessage()
                .contains("エラー: \"text\" は文字列（\"…\"）でなければなりません（5）。"));
    }

    @Test
    void aKeyTwiceOrBrokenJsonIsRefusedWithItsPlace() {
        SnapshotException twice = tampered("\"edition\" : \"2024-10\",", "\"edition\" : \"2024-10\", \"edition\" : \"2024-10\",");
        assertTrue(twice.getMessage().startsWith("old/snapshot.json:3:"), twice.getMessage());
        assertTrue(twice.getMessage().contains("JSON として読めません"), twice.getMessage());
    }

    private static byte[] docx(Document d, Policy p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (p == null) {
            new DocxWriter(RenderOptions.defaults(), new PdfWriter(RenderOptions.defaults(), Warnings.NONE)).write(d, out);
        } else {
            new DocxWriter(RenderOptions.defaults(), new PdfWriter(RenderOptions.defaults(), Warnings.NONE)).write(d, p, out);
        }
        return out.toByteArray();
    }
}
