package jp.policygen.render;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The name a clause's stable id gets in each format, so a link or a cross-reference can find the clause in any
 * of them: a Word bookmark, a PDF named destination, an HTML id. Each is a function of the id alone.
 */
public final class Anchors {
    /** Word accepts bookmark names of at most 40 characters. */
    private static final int WORD_MAX = 40;

    private Anchors() {
    }

    /**
     * A Word bookmark name: letters, digits and underscores, starting with a letter (std.tech.access-control →
     * std_tech_access_control). A name longer than Word allows keeps its start and ends with a checksum of the
     * whole id, so two long ids still get different names.
     */
    public static String wordBookmark(String id) {
        StringBuilder sb = new StringBuilder(id.length() + 1);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            sb.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
        if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
            sb.insert(0, 'c');
        }
        if (sb.length() <= WORD_MAX) {
            return sb.toString();
        }
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        String sum = String.format("%08x", crc.getValue());
        return sb.substring(0, WORD_MAX - sum.length() - 1) + "_" + sum;
    }

    /** A PDF named destination: the id itself (PDF names may hold any text). */
    public static String pdfDestination(String id) {
        return id;
    }

    /** An HTML id attribute value (s-std.tech.access-control). */
    public static String htmlId(String id) {
        return "s-" + id.replaceAll("[^a-z0-9.-]", "-");
    }
}
