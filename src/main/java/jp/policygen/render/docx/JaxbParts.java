package jp.policygen.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Fonts;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.Styles;

import jakarta.xml.bind.JAXBException;
import jp.policygen.render.ReproducibleZip;

/**
 * The bytes docx4j's JAXB marshalling gives the parts of a Word file that do not depend on the document: the frames
 * of document.xml, header.xml and footer.xml (declaration, root element with docx4j's ~90 namespace declarations,
 * end), the font table's frame, our settings.xml and styles.xml as docx4j writes them after unmarshalling them.
 *
 * <p>They are made by docx4j itself at BUILD time ({@link #main}, run by Maven in the process-classes phase, as the
 * class-data archive's training run is) and read from the classes at run time: making them at run time meant creating
 * docx4j's JAXB context ({@code org.docx4j.jaxb.Context.<clinit>} creates all of docx4j's contexts eagerly, 0.4–0.65 s
 * of CPU and some 565 JAXB methods for the JIT in every cold run that writes a Word file). Made at build time rather
 * than checked in, they cannot go stale when docx4j is upgraded: they come from the docx4j the jar ships. Without
 * them (classes compiled by an IDE) they are made by docx4j at run time, the same bytes. JaxbPartsTest holds the
 * resources equal to docx4j's marshalling of the moment. The namespace declarations' order, which JAXB varies from
 * run to run, is sorted when the zip is written (ReproducibleZip), as for every part.
 *
 * <p>styles.xml holds the East Asian font names as the sentinels {@link #BODY_FONT} and {@link #HEADING_FONT}, put
 * in at run time as JAXB escapes an attribute (see {@link StyleSheet#builtInBytes}).
 */
final class JaxbParts {
    static final String DOCUMENT = "document.xml";
    static final String HEADER = "header.xml";
    static final String FOOTER = "footer.xml";
    static final String FONTS = "fontTable.xml";
    static final String SETTINGS = "settings.xml";
    static final String STYLES = "styles.xml";
    static final List<String> NAMES = List.of(DOCUMENT, HEADER, FOOTER, FONTS, SETTINGS, STYLES);

    /** Where the build puts them, under the classes' root. */
    static final String FOLDER = "jp/policygen/render/docx/jaxb/";

    /** The sentinels of the fonts in styles.xml (its template's own placeholders, left unreplaced). */
    static final String BODY_FONT = "@BODY_FONT@";
    static final String HEADING_FONT = "@HEADING_FONT@";
    /** The name of the only font of the font table's frame. */
    static final String FONT_MARKER = "@FONT@";

    private JaxbParts() {
    }

    /** The part's bytes (one array per process: never changed). */
    static byte[] of(String name) {
        byte[] bytes = Loaded.BYTES.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException(name);
        }
        return bytes;
    }

    /** Read once, when first asked for. */
    private static final class Loaded {
        static final Map<String, byte[]> BYTES = load();

        private static Map<String, byte[]> load() {
            Map<String, byte[]> bytes = new HashMap<>();
            for (String name : NAMES) {
                try (InputStream in = JaxbParts.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                    bytes.put(name, in != null ? in.readAllBytes() : marshalled(name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Map.copyOf(bytes);
        }
    }

    /** The part as docx4j marshals it now (this creates docx4j's JAXB context). */
    static byte[] marshalled(String name) {
        try {
            return switch (name) {
                case DOCUMENT -> {
                    MainDocumentPart main = new MainDocumentPart();
                    org.docx4j.wml.Document empty = Wml.factory().createDocument();
                    empty.setBody(Wml.factory().createBody());
                    main.setJaxbElement(empty);
                    yield marshal(main);
                }
                case HEADER -> {
                    HeaderPart part = new HeaderPart();
                    Hdr hdr = Wml.factory().createHdr();
                    hdr.getContent().add(Wml.factory().createP());
                    part.setJaxbElement(hdr);
                    yield marshal(part);
                }
                case FOOTER -> {
                    FooterPart part = new FooterPart();
                    Ftr ftr = Wml.factory().createFtr();
                    ftr.getContent().add(Wml.factory().createP());
                    part.setJaxbElement(ftr);
                    yield marshal(part);
                }
                case FONTS -> {
                    FontTablePart part = new FontTablePart();
                    Fonts fonts = Wml.factory().createFonts();
                    Fonts.Font font = Wml.factory().createFontsFont();
                    font.setName(FONT_MARKER);
                    fonts.getFont().add(font);
                    part.setJaxbElement(fonts);
                    yield marshal(part);
                }
                case SETTINGS -> {
                    DocumentSettingsPart part = new DocumentSettingsPart();
                    part.setJaxbElement((CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(
                            Resources.text("settings.xml"), Context.jc)));
                    yield marshal(part);
                }
                case STYLES -> {
                    StyleDefinitionsPart part = new StyleDefinitionsPart();
                    part.setJaxbElement((Styles) XmlUtils.unwrap(XmlUtils.unmarshalString(
                            Resources.text("styles.xml"), Context.jc)));
                    yield marshal(part);
                }
                default -> throw new IllegalArgumentException(name);
            };
        } catch (JAXBException | InvalidFormatException e) {
            throw new IllegalStateException("docx4j cannot marshal the built-in " + name, e);
        }
    }

    private static byte[] marshal(JaxbXmlPart<?> part) throws JAXBException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        part.marshal(bytes);
        return bytes.toByteArray();
    }

    /** Writes the parts under the given classes' root: the build's step (pom.xml, process-classes). */
    public static void main(String[] args) throws IOException {
        DocxWriter.suppressVersionComment();
        Path folder = Path.of(args[0]).resolve(FOLDER);
        Files.createDirectories(folder);
        for (String name : NAMES) {
            // JAXB declares the namespaces in an order that varies from run to run: sorted as the zip sorts them
            // anyway, so that the build's output (and the jar) is the same every time
            Files.write(folder.resolve(name), ReproducibleZip.sortRootNamespaces(marshalled(name)));
        }
    }
}
