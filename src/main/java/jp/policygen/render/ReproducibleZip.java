package jp.policygen.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip so that the same content always gives the same bytes: every entry gets one fixed time, the
 * entries a stable order, and each XML part's namespace declarations a sorted order. docx4j stamps entries with
 * the current time, and JAXB declares namespaces in an order that changes from one JVM run to the next.
 */
public final class ReproducibleZip {
    /** The project's reproducible-build timestamp (project.build.outputTimestamp), as a DOS local time. */
    public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2024, 10, 1, 0, 0);

    /** Package conventions put these first; some readers sniff [Content_Types].xml at the start. */
    private static final List<String> LEADING = List.of("[Content_Types].xml", "_rels/.rels");

    private ReproducibleZip() {
    }

    public static byte[] normalize(byte[] zip) throws IOException {
        return normalize(zip, Map.of());
    }

    /** The same, with the content of some entries replaced by the given bytes (by entry name). */
    public static byte[] normalize(byte[] zip, Map<String, byte[]> replaced) throws IOException {
        return normalize(zip, replaced, Set.of());
    }

    /**
     * The same; the replaced entries named in {@code shared} hold content that several zips of the moment carry
     * alike (the very same array: a policy's snapshot in each of its Word files). Such content is deflated once
     * and its deflated bytes written again into the next zip that carries the same array, as deflating it afresh
     * would give them (the deflater's output depends on its input alone). The snapshot part is about 1 MB: its
     * deflation was about 14 ms per Word file, a sixth of the writing of one.
     */
    public static byte[] normalize(byte[] zip, Map<String, byte[]> replaced, Set<String> shared) throws IOException {
        Map<String, byte[]> entries = read(zip);
        entries.putAll(replaced);
        Set<String> sharedReplaced = new java.util.HashSet<>(shared);
        sharedReplaced.retainAll(replaced.keySet());
        return zip(entries, sharedReplaced);
    }

    /**
     * The zip of the given entries (by name), as {@link #normalize(byte[], Map, Set)} writes it: the bytes of
     * normalizing a zip that holds them. The entries named in {@code shared} carry content that several zips of the
     * moment carry alike (the very same array), deflated once for all of them.
     */
    public static byte[] zip(Map<String, byte[]> entries, Set<String> shared) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ReplayingZipOutputStream out = new ReplayingZipOutputStream(bytes)) {
            for (String name : order(entries.keySet())) {
                ZipEntry entry = new ZipEntry(name);
                // setTimeLocal writes the DOS time as given: no time zone, no extended-timestamp field.
                entry.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(entry);
                byte[] content = entries.get(name);
                if (shared.contains(name)) {
                    out.writeDeflated(DEFLATED.get(content, c -> Deflated.of(xmlNormalized(name, c))));
                } else {
                    out.write(xmlNormalized(name, content));
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] xmlNormalized(String name, byte[] content) {
        return name.endsWith(".xml") || name.endsWith(".rels") ? sortRootNamespaces(content) : content;
    }

    /** The deflated form of the last few shared contents, by the content array. */
    private static final Recent<byte[], Deflated> DEFLATED = new Recent<>(4);

    /** An entry's content and what the zip's deflater (default level, raw deflate) makes of it. */
    private record Deflated(byte[] content, byte[] deflated) {
        static Deflated of(byte[] content) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                // the calls ZipOutputStream makes (DeflaterOutputStream: its 512-byte buffer, the input at once, then
                // finish), so that nothing but the input decides the output
                ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
                byte[] buffer = new byte[512];
                deflater.setInput(content, 0, content.length);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length));
                }
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length));
                }
                return new Deflated(content, out.toByteArray());
            } finally {
                deflater.end();
            }
        }
    }

    /**
     * A ZipOutputStream that can write an entry whose deflated bytes are known: its deflater hands them out instead
     * of deflating the content again, and the stream does the rest (CRC-32, sizes, headers) as for any entry, so
     * the zip's bytes are those of deflating it there. ZipOutputStream takes sizes from its deflater
     * (getBytesRead, getBytesWritten) and its data from deflate(byte[], int, int); nothing else changes.
     */
    private static final class ReplayingZipOutputStream extends ZipOutputStream {
        private final Replaying replaying;

        ReplayingZipOutputStream(OutputStream out) {
            super(out);
            def.end();
            replaying = new Replaying();
            def = replaying;
        }

        void writeDeflated(Deflated entry) throws IOException {
            replaying.replay(entry.deflated());
            write(entry.content());
        }
    }

    /** A deflater that, once told the output for the next entry, gives it as the output of that entry's input. */
    private static final class Replaying extends Deflater {
        private byte[] output;
        private int handedOut;
        private long read;

        Replaying() {
            super(Deflater.DEFAULT_COMPRESSION, true);
        }

        void replay(byte[] deflated) {
            output = deflated;
            handedOut = 0;
            read = 0;
        }

        @Override
        public void setInput(byte[] input, int off, int len) {
            if (output == null) {
                super.setInput(input, off, len);
            } else {
                read += len;
            }
        }

        @Override
        public boolean needsInput() {
            return output != null || super.needsInput();
        }

        @Override
        public void finish() {
            if (output == null) {
                super.finish();
            }
        }

        @Override
        public boolean finished() {
            return output == null ? super.finished() : handedOut == output.length;
        }

        @Override
        public int deflate(byte[] b, int off, int len) {
            if (output == null) {
                return super.deflate(b, off, len);
            }
            int n = Math.min(len, output.length - handedOut);
            System.arraycopy(output, handedOut, b, off, n);
            handedOut += n;
            return n;
        }

        @Override
        public long getBytesRead() {
            return output == null ? super.getBytesRead() : read;
        }

        @Override
        public long getBytesWritten() {
            return output == null ? super.getBytesWritten() : output.length;
        }

        @Override
        public void reset() {
            output = null;
            super.reset();
        }
    }

    private static final Pattern ROOT_TAG = Pattern.compile("<(?![?!])([^\\s/>]+)([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=]+)=\"([^\"]*)\"");

    /**
     * The first element's xmlns declarations in alphabetical order, its other attributes after them as they were.
     * Only the first element's tag is decoded and rewritten; the rest of the part (a document.xml of several
     * megabytes) is copied as bytes.
     */
    public static byte[] sortRootNamespaces(byte[] xml) {
        // The root tag is what ROOT_TAG finds first in the whole text, found on the bytes: a '<' not followed by
        // '?' or '!' (declaration, comment) and followed by a character of a name (not white space, '/' or '>'),
        // up to the next '>'. '<', '>', '/' and white space are single bytes in UTF-8, never inside a multi-byte
        // character. Should the bytes before the tag's end not be well-formed UTF-8, the text's way is taken.
        int start = -1;
        for (int i = 0; i + 1 < xml.length; i++) {
            if (xml[i] == '<') {
                byte next = xml[i + 1];
                if (next != '?' && next != '!' && next != '/' && next != '>' && !space(next)) {
                    start = i;
                    break;
                }
            }
        }
        if (start < 0) {
            return xml;
        }
        int end = indexOf(xml, (byte) '>', start + 2);
        if (end < 0) {
            return xml;
        }
        if (!ascii(xml, end + 1)) {
            String text = new String(xml, 0, end + 1, StandardCharsets.UTF_8);
            if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), 0, end + 1, xml, 0, end + 1)) {
                return sortRootNamespacesOfText(xml);
            }
        }
        int nameEnd = start + 1;
        while (nameEnd < end && xml[nameEnd] != '/' && !space(xml[nameEnd])) {
            nameEnd++;
        }
        boolean empty = xml[end - 1] == '/' && end - 1 >= nameEnd;
        int attributesEnd = empty ? end - 1 : end;
        String key = new String(xml, start, end + 1 - start, StandardCharsets.UTF_8);
        byte[] tag = SORTED.get(key);
        if (tag == null) {
            String name = new String(xml, start + 1, nameEnd - start - 1, StandardCharsets.UTF_8);
            String attributes = new String(xml, nameEnd, attributesEnd - nameEnd, StandardCharsets.UTF_8);
            tag = sortedTag(name, attributes, empty ? "/" : "").getBytes(StandardCharsets.UTF_8);
            SORTED.keep(key, tag);
        }
        byte[] out = new byte[start + tag.length + xml.length - end - 1];
        System.arraycopy(xml, 0, out, 0, start);
        System.arraycopy(tag, 0, out, start, tag.length);
        System.arraycopy(xml, end + 1, out, start + tag.length, xml.length - end - 1);
        return out;
    }

    private static boolean ascii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sorted form of the last root tags met, by the tag's text: a run writes a few kinds of part, each with the
     * same root tag every time (document.xml's has some thirty namespaces). Same result whoever computes it.
     */
    private static final SameContent<String, byte[]> SORTED = new SameContent<>(64);

    /** White space as the regular expressions' \\s: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean space(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
    }

    /** The same by regular expressions over decoded text: for bytes that are not well-formed UTF-8. */
    static byte[] sortRootNamespacesOfText(byte[] xml) {
        // '>' is one byte in UTF-8 and never inside a multi-byte character, so each prefix ending at one decodes
        // whole. A root tag found in such a prefix is the one the whole text gives: an earlier candidate that
        // failed for want of text would have had no '>' after it in the prefix, and the tag found ends with one.
        int cut = 0;
        while (true) {
            int gt = indexOf(xml, (byte) '>', cut);
            if (gt < 0) {
                return xml;
            }
            cut = gt + 1;
            String text = new String(xml, 0, cut, StandardCharsets.UTF_8);
            Matcher root = ROOT_TAG.matcher(text);
            if (root.find()) {
                byte[] head = (text.substring(0, root.start()) + sortedTag(root.group(1), root.group(2), root.group(3)))
                        .getBytes(StandardCharsets.UTF_8);
                int rest = text.substring(0, root.end()).getBytes(StandardCharsets.UTF_8).length;
                byte[] out = new byte[head.length + xml.length - rest];
                System.arraycopy(head, 0, out, 0, head.length);
                System.arraycopy(xml, rest, out, head.length, xml.length - rest);
                return out;
            }
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String sortedTag(String name, String attributes, String slash) {
        List<String[]> namespaces = new ArrayList<>();
        List<String[]> others = new ArrayList<>();
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            (a.group(1).startsWith("xmlns") ? namespaces : others).add(new String[] {a.group(1), a.group(2)});
        }
        namespaces.sort(Comparator.comparing(n -> n[0]));
        StringBuilder tag = new StringBuilder("<").append(name);
        for (String[] attr : namespaces) {
            tag.append(' ').append(attr[0]).append("=\"").append(attr[1]).append('"');
        }
        for (String[] attr : others) {
            tag.append(' ').append(attr[0]).append("=\"").append(attr[1]).append('"');
        }
        return tag.append(slash).append('>').toString();
    }

    private static Map<String, byte[]> read(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static List<String> order(Iterable<String> names) {
        List<String> ordered = new ArrayList<>();
        names.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(ReproducibleZip::rank).thenComparing(Comparator.naturalOrder()));
        return ordered;
    }

    private static int rank(String name) {
        int i = LEADING.indexOf(name);
        return i < 0 ? LEADING.size() : i;
    }
}
