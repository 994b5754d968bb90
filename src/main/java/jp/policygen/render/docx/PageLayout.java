package jp.policygen.render.docx;

import org.docx4j.wml.SectPr;

/**
 * A4 page geometry in twips. Margins follow common municipal practice: 30 mm at the top (room for the header
 * and the handling mark), 25 mm elsewhere.
 */
record PageLayout(int width, int height, boolean landscape) {
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN_TOP = 1701;
    private static final int MARGIN = 1417;
    private static final int HEADER_FOOTER_DISTANCE = 851;

    static PageLayout a4(boolean landscape) {
        return landscape ? new PageLayout(A4_LONG, A4_SHORT, true) : new PageLayout(A4_SHORT, A4_LONG, false);
    }

    /** Width between the left and right margins. */
    int textWidth() {
        return width - 2 * MARGIN;
    }

    /** The section properties; header and footer references are added by the caller. */
    SectPr sectPr() {
        String orient = landscape ? " w:orient=\"landscape\"" : "";
        String xml = "<w:pgSz w:w=\"" + width + "\" w:h=\"" + height + "\"" + orient + "/>"
                + "<w:pgMar w:top=\"" + MARGIN_TOP + "\" w:right=\"" + MARGIN + "\" w:bottom=\"" + MARGIN
                + "\" w:left=\"" + MARGIN + "\" w:header=\"" + HEADER_FOOTER_DISTANCE + "\" w:footer=\""
                + HEADER_FOOTER_DISTANCE + "\" w:gutter=\"0\"/>"
                + "<w:cols w:space=\"425\"/>";
        return Wml.parse("sectPr", xml, SectPr.class);
    }
}
