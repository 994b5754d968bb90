package jp.policygen.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 */
public final class DocxWriter implements DocumentWriter {
    static {
        // docx4j otherwise puts a comment naming its version, the JVM and the OS into document.xml: it tells the
        // reader nothing and makes the bytes differ from machine to machine.
        Docx4jProperties.setProperty("docx4j.jaxb.marshal.suppressVersionComment", true);
    }

    /**
     * Readies docx4j: creating its JAXB context for WordprocessingML is about a second of a cold run. A caller
     * that will write Word files can do it on a thread of its own while it reads profiles and the catalog;
     * the first Word file then finds it done (or waits for the rest). No effect on the files written.
     */
    public static void prepare() {
        Context.getWmlObjectFactory();
    }

    private final RenderOptions options;
    /** Lays the document out as the PDF would, for the page numbers of the 目次. */
    private final ContentsPages pages;
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
        this.options = Objects.requireNonNull(options, "options");
        this.pages = Objects.requireNonNull(pages, "pages");
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

    private void write(Document document, byte[] snapshot, OutputStream out) throws IOException {
        Alike known = alike;
        StyleSheet styles = known == null ? StyleSheet.forOptions(options) : known.styles().hollow();
        // a rule's 目次 has no page numbers: FrontMatter takes its lines from the document (RuleContents)
        List<ContentsEntry> contents = document.hasFrontMatter() && !document.isRule() ? pages.contents(document) : List.of();
        try {
            WordprocessingMLPackage pkg = assemble(document, styles, known == null ? settings()
                    : settings(Context.getWmlObjectFactory().createCTSettings()), contents);
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

    /** The bytes of the parts of a first file that every file of this writer has alike; the parts are emptied. */
    private static Alike alike(WordprocessingMLPackage pkg, StyleSheet styles) throws Docx4JException {
        MainDocumentPart main = pkg.getMainDocumentPart();
        Map<String, byte[]> parts = new HashMap<>();
        take(main.getStyleDefinitionsPart(), new org.docx4j.wml.Styles(), parts);
        take(main.getDocumentSettingsPart(), Context.getWmlObjectFactory().createCTSettings(), parts);
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
        main.setJaxbElement(Context.getWmlObjectFactory().createDocument());
        main.getJaxbElement().setBody(body(document, styles, page, contents));
        new HeaderFooter(styles).attach(document, main, main.getJaxbElement().getBody().getSectPr());

        pkg.addTargetPart(coreProperties(document.title(), document.info().bodyName()));
        return pkg;
    }

    static Body body(Document document, StyleSheet styles, PageLayout page, List<ContentsEntry> contents) {
        Body body = Context.getWmlObjectFactory().createBody();
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
