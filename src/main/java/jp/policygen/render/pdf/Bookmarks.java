package jp.policygen.render.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import jp.policygen.policy.Section;
import jp.policygen.render.Anchors;

/**
 * The PDF outline (しおり), one entry per section, nested like the section tree.
 *
 * <p>An entry must point at the page where its section really starts, which is only known once OpenPDF
 * has laid the line out. So the renderer tags the first chunk of each section with a key, and the entry is
 * made when OpenPDF reports that tagged chunk being drawn. Sections are drawn in reading order, so a parent's
 * entry always exists before its children's.
 */
final class Bookmarks extends PdfPageEventHelper {
    /** How long an untitled clause's entry may be: enough to recognise it in the side panel. */
    private static final int SNIPPET = 24;
    /** Space above the line the viewer jumps to, so the heading is not flush with the window's edge. */
    private static final float ABOVE = 8f;

    private record Entry(String title, String parentKey, boolean open, String id) {
    }

    private final Map<String, Entry> pending = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, PdfOutline> made = new HashMap<>();
    private final Map<String, Integer> pages = new HashMap<>();
    private final Set<String> anchored;
    private int next;

    /** @param anchored the keys of the sections that get a named destination (the 目次's link targets) */
    Bookmarks(Set<String> anchored) {
        this.anchored = Set.copyOf(anchored);
    }

    /**
     * The key of the n-th section registered. Sections are registered in reading order (parents first), so this
     * is also the key of the n-th section of the tree in that order, and the name of its destination.
     */
    static String key(int n) {
        return "section-" + n;
    }

    /**
     * Registers a section and returns the key to put on its first chunk (Chunk.setGenericTag).
     *
     * @param parentKey the parent section's key, or null for a top-level section
     */
    String register(Section section, String parentKey, int depth) {
        String key = key(next++);
        // top-level entries open, so the side panel shows the chapters' contents without a click
        pending.put(key, new Entry(title(section), parentKey, depth == 0, section.id()));
        parents.put(key, parentKey);
        return key;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String key) {
        // a chunk split over two lines is reported twice; the first report is where the section starts
        Entry entry = pending.remove(key);
        if (entry == null) {
            return;
        }
        PdfOutline parent = writer.getRootOutline();
        // a section with nothing to draw has no entry; its children hang on the nearest ancestor that has one
        for (String up = entry.parentKey(); up != null; up = parents.get(up)) {
            if (made.containsKey(up)) {
                parent = made.get(up);
                break;
            }
        }
        PdfDestination target = new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + ABOVE, 0);
        made.put(key, new PdfOutline(parent, target, entry.title(), entry.open()));
        pages.put(key, writer.getPageNumber());
        // every clause is a named destination under its stable id, so a link from outside can name the clause
        writer.getDirectContent().localDestination(Anchors.pdfDestination(entry.id()),
                new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + ABOVE, 0));
        if (anchored.contains(key)) {
            // the same view as the outline entry, as a destination of its own (OpenPDF writes each one it is given)
            writer.getDirectContent().localDestination(key,
                    new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + ABOVE, 0));
        }
    }

    /** The page (1 for the cover) on which the section with this key starts, or 0 if nothing of it was drawn. */
    int page(String key) {
        return pages.getOrDefault(key, 0);
    }

    /** The heading, or for an untitled clause (①) its label and the start of its text. */
    static String title(Section section) {
        if (section.hasTitle()) {
            return section.heading();
        }
        String text = section.plainText().replace('\n', ' ').strip();
        if (text.codePointCount(0, text.length()) > SNIPPET) {
            text = text.substring(0, text.offsetByCodePoints(0, SNIPPET)) + "…";
        }
        return section.label().isEmpty() ? text : section.label() + "　" + text;
    }
}
