package jp.policygen.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.docx4j.Docx4jProperties;
import org.docx4j.XmlUtils;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.SectPr;

import jakarta.xml.bind.JAXBException;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.render.ContentsEntry;
import jp.policygen.render.ContentsPages;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.json.Snapshot;

/**
 * Writes a policy document as a Word file for the policy author to edit: real heading styles (navigation pane,
 * table of contents), Japanese fonts and line breaking in the styles, a cover with 改定履歴 and 目次 (its entries
 * and page numbers those of the PDF's layout, see {@link FrontMatter}), the title
 * and handling mark in the header, page numbers in the footer. With a reference .docx its styles are used.
 *
 * <p>Output is byte-identical for the same document and options: the package is built without clocks and the
 * zip is rewritten with fixed entry times.
 *
 * <p>With our built-in styles (no reference .docx) the file is assembled by {@link WordFile} from its parts' bytes,
 * without docx4j's package, parts and save, which need docx4j's JAXB context: the body is still built as docx4j's
 * {@code org.docx4j.wml} objects (written by {@link WmlXml}), the constant parts are docx4j's marshalling made at
 * build time ({@link JaxbParts}), the plumbing parts our own ({@link OpcXml}). docx4j's way writes the rest — a
 * reference .docx, content the streaming writer does not know — and is the tests' oracle ({@link #viaDocx4j}):
 * the same bytes either way (WordFileTest, JaxbPartsTest).
 */
public final class DocxWriter implements DocumentWriter {
    static {
        suppressVersionComment();
    }

    /**
     * docx4j otherwise puts a comment naming its version, the JVM and the OS into document.xml: it tells the
     * reader nothing and makes the bytes differ from machine to machine.
     */
    static void suppressVersionComment() {
        Docx4jProperties.setProperty("docx4j.jaxb.marshal.suppressVersionComment", true);
    }

    /**
     * Readies docx4j for a reference .docx (its styles are read and the file written by docx4j): creating its JAXB
     * context is about half a second of CPU. A caller can do it on a thread of its own while it reads profiles and
     * the catalog. Without a reference .docx nothing needs it (see {@link WordFile}). No effect on the files.
     */
    public static void prepare(RenderOptions options) {
        if (options.referenceDocx().isPresent()) {
            Context.getWmlObjectFactory();
        }
    }

    private final RenderOptions options;
    /** Lays the document out as the PDF would, for the page numbers of the 目次. */
    private final ContentsPages pages;
    /** Every file through docx4j's package and save (the tests' oracle), not {@link WordFile}. */
    private final boolean viaDocx4j;
    /** The parts of {@link WordFile} that depend on the options alone, made by the first file. */
    private volatile Optional<WordFile.Constant> constant;
    /** The parts every file of this writer has alike, made by its first file (see {@link Alike}). */
    private volatile Alike alike;

    /**
     * The style sheet, settings, font table (and a reference document's numbering and theme) depend on the options
     * alone: the first file unmarshals them from our XML (or reads the reference .docx) and marshals them as
     * docx4j does; later files take those bytes as they are, with parts of the same kinds that hold nothing in
     * the package (the bytes put in place when the zip is rewritten, as the main document's). Unmarshalling and
     * marshalling them for every file was about a twentieth of a batch's CPU time.
     *
     * @param styles the style sheet whose ids the bodies use (its parts are not used again)
     * @param parts  the bytes of each part by zip entry name
     */
    private record Alike(StyleSheet styles, Map<String, byte[]> parts) {
    }

    /**
     * Checks the reference document of the options (--reference-docx) before anything is written; the message
     * of the exception is for the user.
     */
    public static void checkReference(RenderOptions options) throws IOException {
        if (options.referenceDocx().isPresent()) {
            ReferenceStyles.check(options.referenceDocx().get(), StyleSheet.builtInStyles(options));
        }
    }

    /**
     * A writer whose 目次 shows the pages of the given layout (the PDF writer's: a PdfWriter that also writes the
     * document's PDF lays it out once for both, see its contents()).
     */
    public DocxWriter(RenderOptions options, ContentsPages pages) {
        this(options, pages, false);
    }

    private DocxWriter(RenderOptions options, ContentsPages pages, boolean viaDocx4j) {
        this.options = Objects.requireNonNull(options, "options");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.viaDocx4j = viaDocx4j;
    }

    /** A writer that writes every file through docx4j's package and save: the tests' oracle for {@link WordFile}. */
    static DocxWriter viaDocx4j(RenderOptions options, ContentsPages pages) {
        return new DocxWriter(options, pages, true);
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        write(document, (byte[]) null, out);
    }

    /** The document with the policy's snapshot.json inside (see {@link SnapshotPart}). */
    @Override
    public void write(Document document, Policy policy, OutputStream out) throws IOException {
        write(document, Snapshot.bytes(policy), out);
    }

    void write(Document document, byte[] snapshot, OutputStream out) throws IOException {
        // a rule's 目次 has no page numbers: FrontMatter takes its lines from the document (RuleContents)
        List<ContentsEntry> contents = document.hasFrontMatter() && !document.isRule() ? pages.contents(document) : List.of();
        if (!viaDocx4j && options.referenceDocx().isEmpty()) {
            byte[] file = direct(document, snapshot, contents);
            if (file != null) {
                out.write(file);
                return;
            }
        }
        Alike known = alike;
        StyleSheet styles = known == null ? StyleSheet.forOptions(options) : known.styles().hollow();
        try {
            WordprocessingMLPackage pkg = assemble(document, styles, known == null ? settings()
                    : settings(Wml.factory().createCTSettings()), contents);
            if (known == null) {
                known = alike(pkg, styles);
                alike = known; // two threads may both make it: the same bytes either way
            }
            byte[] snapshotPart = snapshot == null ? null : SnapshotPart.attach(pkg.getMainDocumentPart(), snapshot);
            Map<String, byte[]> replaced = new HashMap<>(known.parts());
            if (snapshotPart != null) {
                replaced.put(SnapshotPart.PART, snapshotPart);
            }
            out.write(PackageBytes.of(pkg, replaced));
        } catch (Docx4JException e) {
            throw new IOException("Word文書を作成できませんでした: " + document.title(), e);
        }
    }

    /**
     * The file written by {@link WordFile} (the bytes docx4j's way gives), or null when something in it is for
     * docx4j to write: content WmlXml does not know, a title or font name with a control character, a snapshot
     * that takes the DOM path.
     */
    byte[] direct(Document document, byte[] snapshot, List<ContentsEntry> contents) throws IOException {
        Optional<WordFile.Constant> known = constant;
        if (known == null) {
            known = Optional.ofNullable(WordFile.Constant.of(options, true));
            constant = known; // two threads may both make it: the same bytes either way
        }
        if (known.isEmpty()) {
            return null;
        }
        StyleSheet styles = StyleSheet.builtInHollow();
        Body body = body(document, styles, PageLayout.a4(document.info().landscape()), contents);
        HeaderFooter headerFooter = new HeaderFooter(styles);
        byte[] header = WmlXml.header(headerFooter.header(document));
        byte[] footer = WmlXml.footer(headerFooter.footer());
        HeaderFooter.reference(body.getSectPr(), WordFile.HEADER_ID, WordFile.FOOTER_ID);
        org.docx4j.wml.Document main = Wml.factory().createDocument();
        main.setBody(body);
        byte[] xml = WmlXml.document(main);
        byte[] snapshotPart = snapshot == null ? null : SnapshotPart.content(snapshot);
        byte[] core = OpcXml.coreProperties(document.title(), document.info().bodyName());
        if (header == null || footer == null || xml == null || core == null || snapshot != null && snapshotPart == null) {
            return null;
        }
        return WordFile.zip(known.get(), xml, header, footer, core, snapshotPart);
    }

    /** The bytes of the parts of a first file that every file of this writer has alike; the parts are emptied. */
    private static Alike alike(WordprocessingMLPackage pkg, StyleSheet styles) throws Docx4JException {
        MainDocumentPart main = pkg.getMainDocumentPart();
        Map<String, byte[]> parts = new HashMap<>();
        take(main.getStyleDefinitionsPart(), new org.docx4j.wml.Styles(), parts);
        take(main.getDocumentSettingsPart(), Wml.factory().createCTSettings(), parts);
        take(main.getFontTablePart(), new org.docx4j.wml.Fonts(), parts);
        take(main.getNumberingDefinitionsPart(), new org.docx4j.wml.Numbering(), parts);
        take(main.getThemePart(), new org.docx4j.dml.Theme(), parts);
        return new Alike(styles, Map.copyOf(parts));
    }

    /** Marshals the part by docx4j's own call (the one its save makes), then leaves it holding {@code empty}. */
    private static <E> void take(JaxbXmlPart<E> part, E empty, Map<String, byte[]> into) throws Docx4JException {
        if (part == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            part.marshal(bytes);
        } catch (JAXBException e) {
            throw new Docx4JException(part.getPartName().getName(), e);
        }
        into.put(part.getPartName().getName().substring(1), bytes.toByteArray());
        part.setJaxbElement(empty);
    }

    private WordprocessingMLPackage assemble(Document document, StyleSheet styles, DocumentSettingsPart settings,
            List<ContentsEntry> contents) throws InvalidFormatException {
        WordprocessingMLPackage pkg = new WordprocessingMLPackage();
        MainDocumentPart main = new MainDocumentPart();
        pkg.addTargetPart(main);
        styles.install(main);
        main.addTargetPart(settings);

        PageLayout page = PageLayout.a4(document.info().landscape());
        main.setJaxbElement(Wml.factory().createDocument());
        main.getJaxbElement().setBody(body(document, styles, page, contents));
        new HeaderFooter(styles).attach(document, main, main.getJaxbElement().getBody().getSectPr());

        pkg.addTargetPart(coreProperties(document.title(), document.info().bodyName()));
        return pkg;
    }

    static Body body(Document document, StyleSheet styles, PageLayout page, List<ContentsEntry> contents) {
        Body body = Wml.factory().createBody();
        List<Object> sections = BodyBuilder.build(document.sections(), styles, page.textWidth());
        if (document.hasFrontMatter()) {
            body.getContent().addAll(FrontMatter.build(document, styles, page.textWidth(), contents));
            if (!document.isRule()) {
                // a rule goes on below its 題名 and 目次, as the PDF prints it; a booklet's body starts a page
                Wml.startOnNewPage(sections);
            }
        }
        body.getContent().addAll(sections);
        SectPr sectPr = page.sectPr();
        body.setSectPr(sectPr);
        return body;
    }

    private static DocumentSettingsPart settings() throws InvalidFormatException {
        try {
            return settings((CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(Resources.text("settings.xml"))));
        } catch (JAXBException e) {
            throw new IllegalStateException("built-in settings.xml is invalid", e);
        }
    }

    private static DocumentSettingsPart settings(CTSettings settings) throws InvalidFormatException {
        DocumentSettingsPart part = new DocumentSettingsPart();
        part.setJaxbElement(settings);
        return part;
    }

    /** Title and author from the model; no created/modified dates, which would come from the clock. */
    static DocPropsCorePart coreProperties(String title, String author) throws InvalidFormatException {
        var dc = new org.docx4j.docProps.core.dc.elements.ObjectFactory();
        CoreProperties props = new org.docx4j.docProps.core.ObjectFactory().createCoreProperties();
        props.setTitle(dc.createTitle(literal(dc, title)));
        props.setCreator(literal(dc, author));
        props.setLanguage(literal(dc, "ja-JP"));
        DocPropsCorePart part = new DocPropsCorePart();
        part.setJaxbElement(props);
        return part;
    }

    private static SimpleLiteral literal(org.docx4j.docProps.core.dc.elements.ObjectFactory dc, String value) {
        SimpleLiteral literal = dc.createSimpleLiteral();
        literal.getContent().add(value);
        return literal;
    }
}
