package jp.policygen.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;

import jakarta.xml.bind.JAXBException;
import jp.policygen.render.ReproducibleZip;

/**
 * A Word package as the bytes of a reproducible .docx. docx4j marshals the main document straight into its zip
 * stream through a filter that passes the bytes on one at a time, and the zip compresses each byte with a call
 * of its own: for a document.xml of several megabytes that was most of the cost of saving. Here the main
 * document is written into memory by {@link WmlXml} (the bytes docx4j's marshalling gives, without JAXB; for
 * content it does not know, by docx4j's own call), docx4j saves the other parts into a map ({@link PartBytes}),
 * and {@link ReproducibleZip} zips them once: the bytes of rewriting the zip docx4j would save.
 */
final class PackageBytes {
    private static final String DOCUMENT = "word/document.xml";

    /** Parts whose content is the same array in every file of a policy: deflated once (see ReproducibleZip). */
    private static final Set<String> SHARED = Set.of(SnapshotPart.PART);

    private PackageBytes() {
    }

    /**
     * The .docx of the package, with some entries' content replaced (by entry name). The package's main document
     * is emptied by this: it cannot be saved again.
     */
    static byte[] of(WordprocessingMLPackage pkg, Map<String, byte[]> replaced) throws Docx4JException, IOException {
        MainDocumentPart main = pkg.getMainDocumentPart();
        if (!main.getPartName().getName().equals("/" + DOCUMENT)) {
            throw new IllegalStateException("main document at " + main.getPartName().getName());
        }
        byte[] document = WmlXml.document(main.getJaxbElement());
        if (document == null) {
            // content the streaming writer does not know: docx4j's marshalling, the same bytes (WmlXmlTest)
            Sink sink = new Sink();
            try {
                main.marshal(sink);
            } catch (JAXBException e) {
                throw new Docx4JException("document.xml", e);
            }
            document = sink.bytes();
        }
        main.setJaxbElement(Wml.factory().createDocument());
        Map<String, byte[]> entries = new HashMap<>(replaced);
        entries.put(DOCUMENT, document);
        // header and footer written as document.xml is (each marshalling declared some ninety namespaces); a part
        // the writer does not know is left to docx4j's save
        for (Part part : pkg.getParts().getParts().values()) {
            byte[] bytes = part instanceof HeaderPart h ? WmlXml.header(h.getJaxbElement())
                    : part instanceof FooterPart f ? WmlXml.footer(f.getJaxbElement()) : null;
            if (bytes != null) {
                entries.put(part.getPartName().getName().substring(1), bytes);
            }
        }
        Map<String, byte[]> saved = PartBytes.save(pkg, entries.keySet());
        if (saved == null) {
            // a part PartBytes does not save: docx4j's save into a zip, as before
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            pkg.save(raw);
            return ReproducibleZip.normalize(raw.toByteArray(), entries, SHARED);
        }
        saved.putAll(entries);
        Set<String> shared = new HashSet<>(SHARED);
        shared.retainAll(replaced.keySet());
        return ReproducibleZip.zip(saved, shared);
    }

    /** A growing byte array without the locking of ByteArrayOutputStream, which is written to byte by byte. */
    private static final class Sink extends OutputStream {
        private byte[] buffer = new byte[1 << 16];
        private int size;

        @Override
        public void write(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > buffer.length - size) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + len));
            }
            System.arraycopy(b, off, buffer, size, len);
            size += len;
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }
    }
}
