package jp.policygen.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        Map<String, byte[]> entries = read(zip);
        entries.putAll(replaced);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : order(entries.keySet())) {
                ZipEntry entry = new ZipEntry(name);
                // setTimeLocal writes the DOS time as given: no time zone, no extended-timestamp field.
                entry.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(entry);
                byte[] content = entries.get(name);
                out.write(name.endsWith(".xml") || name.endsWith(".rels") ? sortRootNamespaces(content) : content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static final Pattern ROOT_TAG = Pattern.compile("<(?![?!])([^\\s/>]+)([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=]+)=\"([^\"]*)\"");

    /**
     * The first element's xmlns declarations in alphabetical order, its other attributes after them as they were.
     * Only the text up to the first element's end is decoded and rewritten; the rest of the part (a document.xml
     * of several megabytes) is copied as bytes.
     */
    public static byte[] sortRootNamespaces(byte[] xml) {
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
                byte[] head = (text.substring(0, root.start()) + sortedTag(root)).getBytes(StandardCharsets.UTF_8);
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

    private static String sortedTag(Matcher root) {
        List<String[]> namespaces = new ArrayList<>();
        List<String[]> others = new ArrayList<>();
        Matcher a = ATTRIBUTE.matcher(root.group(2));
        while (a.find()) {
            (a.group(1).startsWith("xmlns") ? namespaces : others).add(new String[] {a.group(1), a.group(2)});
        }
        namespaces.sort(Comparator.comparing(n -> n[0]));
        StringBuilder tag = new StringBuilder("<").append(root.group(1));
        for (String[] attr : namespaces) {
            tag.append(' ').append(attr[0]).append("=\"").append(attr[1]).append('"');
        }
        for (String[] attr : others) {
            tag.append(' ').append(attr[0]).append("=\"").append(attr[1]).append('"');
        }
        return tag.append(root.group(3)).append('>').toString();
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
