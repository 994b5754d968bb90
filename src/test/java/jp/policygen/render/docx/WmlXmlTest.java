package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Body;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Run;
import jp.policygen.policy.SampleDocuments;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.render.ContentsEntry;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.ReproducibleZip;
import jp.policygen.render.Warnings;
import jp.policygen.render.pdf.PdfWriter;
import jp.policygen.resolve.Resolver;

/**
 * The streaming writer of document.xml gives the bytes docx4j's JAXB marshalling gives for the same content: every
 * document of the sample bodies (both forms), the test documents, and text with every kind of character a profile
 * may hold; content it does not know is left to JAXB.
 */
class WmlXmlTest {
    private static final RenderOptions OPTIONS = RenderOptions.defaults();

    /** The main document part as DocxWriter builds it (body, 目次 with the PDF's pages, header and footer). */
    private static MainDocumentPart tree(Document document) throws Exception {
        StyleSheet styles = StyleSheet.forOptions(OPTIONS);
        WordprocessingMLPackage pkg = new WordprocessingMLPackage();
        MainDocumentPart main = new MainDocumentPart();
        pkg.addTargetPart(main);
        List<ContentsEntry> contents = document.hasFrontMatter() && !document.isRule()
                ? new PdfWriter(OPTIONS, Warnings.NONE).contents(document) : List.of();
        main.setJaxbElement(Context.getWmlObjectFactory().createDocument());
        Body body = DocxWriter.body(document, styles, PageLayout.a4(document.info().landscape()), contents);
        main.getJaxbElement().setBody(body);
        new HeaderFooter(styles).attach(document, main, body.getSectPr());
        return main;
    }

    private static MainDocumentPart tree(Body body) throws Exception {
        MainDocumentPart main = new MainDocumentPart();
        new WordprocessingMLPackage().addTargetPart(main);
        main.setJaxbElement(Context.getWmlObjectFactory().createDocument());
        main.getJaxbElement().setBody(body);
        return main;
    }

    /** docx4j's marshalling, namespace declarations in the order the zip gets them (JAXB's own order varies). */
    private static String jaxb(MainDocumentPart main) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        main.marshal(out);
        return new String(ReproducibleZip.sortRootNamespaces(out.toByteArray()), StandardCharsets.UTF_8);
    }

    private static String streamed(MainDocumentPart main) {
        byte[] bytes = WmlXml.document(main.getJaxbElement());
        assertNotNull(bytes, "the streaming writer refused content DocxWriter builds");
        return new String(ReproducibleZip.sortRootNamespaces(bytes), StandardCharsets.UTF_8);
    }

    static Stream<Document> documents() {
        Resolver resolver = new Resolver(new TemplateEngine());
        List<Document> all = new ArrayList<>(List.of(SampleDocuments.standard(), SampleDocuments.basicPolicy(),
                SampleDocuments.underlined()));
        for (String sample : List.of("kakuu-ken.yaml", "kakuu-shi.yaml")) {
            Profile p = TestProfiles.sample(sample);
            all.addAll(resolver.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy().documents());
        }
        // the 例規 form, as two rules and as one rule in parts (第１編, 第２編)
        try {
            String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("profiles", "kakuu-ken.yaml"));
            for (String form : List.of("  form: articles\n", "  form: articles\n  rules: one\n")) {
                Profile p = TestProfiles.profile(yaml.replace("\npolicy:\n", "\npolicy:\n" + form));
                all.addAll(resolver.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy().documents());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyDocumentOfTheSamplesIsWrittenAsJaxbWritesIt(Document document) throws Exception {
        MainDocumentPart main = tree(document);
        assertEquals(jaxb(main), streamed(main), document.title());
    }

    /** The header and footer parts (title, handling mark, page field) too, for every document of the samples. */
    @ParameterizedTest
    @MethodSource("documents")
    void headersAndFootersAreWrittenAsJaxbWritesThem(Document document) throws Exception {
        MainDocumentPart main = tree(document);
        int parts = 0;
        for (org.docx4j.openpackaging.parts.Part part : main.getPackage().getParts().getParts().values()) {
            byte[] streamed = part instanceof org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart h
                    ? WmlXml.header(h.getJaxbElement())
                    : part instanceof org.docx4j.openpackaging.parts.WordprocessingML.FooterPart f
                            ? WmlXml.footer(f.getJaxbElement()) : null;
            if (streamed == null) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((org.docx4j.openpackaging.parts.JaxbXmlPart<?>) part).marshal(out);
            assertEquals(new String(ReproducibleZip.sortRootNamespaces(out.toByteArray()), StandardCharsets.UTF_8),
                    new String(ReproducibleZip.sortRootNamespaces(streamed), StandardCharsets.UTF_8),
                    document.title() + " " + part.getPartName());
            parts++;
        }
        assertEquals(2, parts, "a header and a footer written by the streaming writer");
    }

    /** Text of every kind a profile can hold, in runs, links, table cells, attributes (style ids, bookmarks). */
    @Test
    void charactersAreEscapedAsJaxbEscapesThem() throws Exception {
        String hostile = "<b>&amp; \"引用\" 'single' ${x} 𠮷野家 葛\uDB40\uDD00城 \u0085\u00A0\u2028\uFFFD\uFFFE ＜＞";
        Body body = Context.getWmlObjectFactory().createBody();
        P p = Wml.paragraph("Style\"<&>'", hostile);
        Wml.addRuns(p, List.of(Run.single(hostile), Run.doubled("二重"), Run.plain("一行目\n二行目\n"), Run.plain("")));
        p.getContent().add(Wml.link("anchor\"<&>", List.of(Wml.run(hostile), Wml.tab(), Wml.run("12"))));
        p.getContent().addAll(Wml.field("PAGE", "1", true));
        Wml.indent(p, 420, -210);
        Wml.spaceBefore(p, 3600);
        Wml.rightTab(p, 9072, false);
        body.getContent().add(p);
        Tbl table = new TableBuilder("Grid&", "Normal").build(new Block.Table(
                List.of(Block.Cell.of(hostile), Block.Cell.of("列")),
                List.of(List.of(Block.Cell.of("一\n二"), new Block.Cell(List.of(Run.single(hostile)))))), 210, 8000);
        ((Tc) ((org.docx4j.wml.Tr) table.getContent().get(1)).getContent().get(1)).getContent().add(
                new TableBuilder("Grid", "Normal").build(new Block.Table(List.of(Block.Cell.of("入れ子")),
                        List.of(List.of(Block.Cell.of("")))), 0, 3000));
        body.getContent().add(table);
        List<Object> page = new ArrayList<>(List.of(table));
        Wml.startOnNewPage(page);
        body.getContent().add(page.get(0));
        body.setSectPr(PageLayout.a4(true).sectPr());
        MainDocumentPart main = tree(body);
        String expected = jaxb(main);
        assertTrue(expected.contains("𠮷野家"), expected);
        assertEquals(expected, streamed(main));
    }

    /** Deep nesting: JAXB's indenting writer counts levels modulo 8 (a quirk the bytes must keep). */
    @Test
    void deepTablesIndentAsJaxbDoes() throws Exception {
        Block.Table inner = new Block.Table(List.of(Block.Cell.of("内")), List.of(List.of(Block.Cell.of("値"))));
        Body body = Context.getWmlObjectFactory().createBody();
        Tbl outer = new TableBuilder("Grid", "Normal").build(inner, 0, 5000);
        Tbl current = outer;
        for (int i = 0; i < 3; i++) {
            Tbl next = new TableBuilder("Grid", "Normal").build(inner, 0, 4000);
            ((Tc) ((org.docx4j.wml.Tr) current.getContent().get(1)).getContent().get(0)).getContent().add(next);
            current = next;
        }
        body.getContent().add(outer);
        MainDocumentPart main = tree(body);
        assertEquals(jaxb(main), streamed(main));
    }

    /** What the writer does not know goes to JAXB: nothing is dropped silently. */
    @Test
    void contentItDoesNotKnowIsLeftToJaxb() throws Exception {
        P keep = Wml.paragraph("Normal", "次と同じページに");
        keep.getPPr().setKeepNext(new BooleanDefaultTrue());
        assertNull(WmlXml.document(tree(body(keep)).getJaxbElement()), "a paragraph property it does not write");

        BooleanDefaultTrue off = new BooleanDefaultTrue();
        off.setVal(false);
        R bold = Wml.run("太字でない");
        bold.setRPr(Context.getWmlObjectFactory().createRPr());
        bold.getRPr().setB(off);
        P p = Wml.paragraph("Normal");
        p.getContent().add(bold);
        assertNull(WmlXml.document(tree(body(p)).getJaxbElement()), "an on/off property set to off");

        for (String text : List.of("タブ\tの後", "改行\rの後", "制御\u0001文字", "孤立\uD842サロゲート")) {
            assertNull(WmlXml.document(tree(body(Wml.paragraph("Normal", text))).getJaxbElement()), text);
        }
        P link = Wml.paragraph("Normal");
        link.getContent().add(Wml.link("a\tb", List.of(Wml.run("x"))));
        assertNull(WmlXml.document(tree(body(link)).getJaxbElement()), "a control character in an attribute");
    }

    /** A document built by the writer's own users is still written whole by the fallback: same visible text. */
    @Test
    void documentsWithUnknownContentStillComeOutOfTheWriter() throws Exception {
        Section s = new Section("std.tab", SectionLevel.CHAPTER, "1.", "1", "タブ", "対策基準 1",
                jp.policygen.policy.Origin.GUIDELINE, "", List.of(new Block.Paragraph(List.of(Run.plain("列1\t列2")))),
                List.of());
        Document d = new Document(DocumentKind.STANDARD, "表題", SampleDocuments.info(""), List.of(s));
        byte[] docx = DocxFixtures.write(d);
        assertTrue(DocxFixtures.parts(docx).get("word/document.xml").contains("列1\t列2"));
    }

    private static Body body(P p) {
        Body body = Context.getWmlObjectFactory().createBody();
        body.getContent().add(p);
        return body;
    }
}
