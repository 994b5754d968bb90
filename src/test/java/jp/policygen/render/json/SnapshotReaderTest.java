package jp.policygen.render.json;

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
            .resolve(TestProfiles.sample("kakuu-shi.yaml"), TestProfiles.CATALOG.edition("2024-10")).policy();

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
        assertTrue(text.startsWith("{\n  \"format\" : 2,\n  \"edition\" : \"2024-10\",\n"), text.substring(0, 200));
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
                + "この policygen が読めるのは形式 2 までです。policygen を更新してください。", e.getMessage());
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
